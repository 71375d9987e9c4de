/**
 * The public Open Content API under /public/v1 (DESIGN.md §8): no login, rate-limited per client address, CORS
 * open, cacheable. Search, one notice, its IIIF Presentation 3 manifest, its download package, and the images and
 * IIIF level-0 tiles the rights let out.
 */
import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DERIVATIVE_SPECS } from '@oc/media';
import { Public } from '../common/public.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { fieldErrorsException } from '../common/validation';
import { iiifInfo, sendStored, TILE_PATH } from '../media/serve-stored';
import { PublicSearchDto } from './public.dto';
import { PUBLIC_IMAGE_KINDS, PublicService, type PublicImageKind } from './public.service';

const CACHE = {
  search: 'public, max-age=60',
  notice: 'public, max-age=300',
  image: 'public, max-age=86400',
  package: 'public, max-age=3600',
};

const NOTICE_SCHEMA = {
  type: 'object',
  description: 'A published notice: multilingual fields where the notice has them, and the image URLs its rights allow (CC0: thumb, web, HD and IIIF tiles, with manifest and package; otherwise low definition only).',
  properties: {
    id: { type: 'string', format: 'uuid' },
    museum: { type: 'object', properties: { id: { type: 'string' }, code: { type: 'string' }, name: { type: 'object', example: { fr: 'Petit Palais' } } } },
    inventoryNumber: { type: 'string', example: 'PPP1234' },
    title: { type: 'object', example: { fr: 'Soleil couchant sur la Seine', en: 'Sunset on the Seine' } },
    creators: { type: 'array', items: { type: 'object', example: { name: 'Claude Monet', role: 'auteur', birthDate: '1840-11-14', deathDate: '1926-12-05', wikidataId: 'Q296' } } },
    dating: { type: 'object', example: { text: '1880', startYear: 1880, endYear: 1880 } },
    rights: { type: 'object', example: { status: 'public_domain', licence: 'CC0', openContent: true, creditLine: 'CC0 Paris Musées / Petit Palais' } },
    images: { type: 'array', items: { type: 'object', example: { id: '…', primary: true, urls: { web: '…/public/v1/images/…/web', hd: '…/hd', tiles: '…/tiles/info.json' } } } },
    links: { type: 'object', example: { notice: '…/public/v1/works/…', manifest: '…/manifest', package: '…/package' } },
  },
};

@ApiTags('public')
@Public()
@UseGuards(ThrottlerGuard)
@ApiTooManyRequestsResponse({ description: 'Too many requests from this address: wait as Retry-After says' })
@Controller('public/v1')
export class PublicController {
  constructor(private readonly publicApi: PublicService) {}

  @Get('works')
  @ApiOperation({ summary: 'Search published works', description: 'Full text, museum, creator, date range, Open Content (CC0) only; paged.' })
  @ApiOkResponse({ schema: { type: 'object', properties: { total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, items: { type: 'array', items: NOTICE_SCHEMA } } } })
  async search(@Query() query: PublicSearchDto, @Res({ passthrough: true }) res: Response) {
    const result = await this.publicApi.search(query);
    res.setHeader('Cache-Control', CACHE.search);
    return result;
  }

  @Get('works/:id')
  @ApiOperation({ summary: 'One published notice' })
  @ApiOkResponse({ schema: NOTICE_SCHEMA })
  @ApiNotFoundResponse({ description: 'No such published work' })
  async notice(@Param('id', UuidParam) id: string, @Res({ passthrough: true }) res: Response) {
    const notice = await this.publicApi.notice(id);
    res.setHeader('Cache-Control', CACHE.notice);
    return notice;
  }

  @Get('works/:id/manifest')
  @ApiOperation({ summary: 'IIIF Presentation 3 manifest', description: 'CC0 works: HD image with a level-0 IIIF Image API 3 service on its tiles; other works: the low-definition image only.' })
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ description: 'A IIIF Presentation 3 Manifest (JSON-LD)' })
  @ApiNotFoundResponse({ description: 'No such published work, or no image yet' })
  async manifest(@Param('id', UuidParam) id: string, @Res() res: Response) {
    const manifest = await this.publicApi.manifest(id);
    res.setHeader('Cache-Control', CACHE.notice);
    res.type('application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"').send(JSON.stringify(manifest));
  }

  @Get('works/:id/package')
  @ApiOperation({ summary: 'Download package (CC0 works only): HD JPEG, notice (.txt, .json), CC0 charter' })
  @ApiProduces('application/zip')
  @ApiNotFoundResponse({ description: 'No such published work, not Open Content, or no package yet' })
  async package(@Param('id', UuidParam) id: string, @Req() req: Request, @Res() res: Response) {
    const served = await this.publicApi.package(id);
    res.setHeader('Content-Disposition', `attachment; filename="${served.fileName}"`);
    await sendStored(req, res, served, 'application/zip', CACHE.package, () => this.publicApi.open(served.key));
  }

  @Get('images/:id/tiles/info.json')
  @ApiOperation({ summary: 'IIIF Image API 3 level-0 info.json of an image’s tiles (CC0 works only)' })
  @ApiNotFoundResponse({ description: 'No such public image, or its work is not Open Content' })
  async tileInfo(@Param('id', UuidParam) id: string, @Req() req: Request, @Res() res: Response) {
    const served = await this.publicApi.image(id, 'tiles');
    res.setHeader('ETag', served.etag);
    res.setHeader('Cache-Control', CACHE.image);
    if (req.headers['if-none-match'] === served.etag) {
      res.status(304).end();
      return;
    }
    const info = await iiifInfo(await this.publicApi.open(`${served.key}/info.json`), this.publicApi.tilesBase(id));
    res.type('application/ld+json').send(JSON.stringify(info));
  }

  @Get('images/:id/tiles/*path')
  @ApiOperation({ summary: 'One IIIF level-0 tile (CC0 works only)' })
  @ApiNotFoundResponse({ description: 'No such public image or tile' })
  async tile(@Param('id', UuidParam) id: string, @Param('path') path: string | string[], @Req() req: Request, @Res() res: Response) {
    const tilePath = Array.isArray(path) ? path.join('/') : path;
    if (!TILE_PATH.test(tilePath)) throw fieldErrorsException({ path: 'must be a IIIF level-0 tile path such as 0,0,512,512/512,/0/default.jpg' });
    const served = await this.publicApi.image(id, 'tiles');
    const etag = served.etag.replace(/"$/, `-${tilePath.replace(/[^0-9a-z]/gi, '')}"`);
    await sendStored(req, res, { bytes: null, etag }, 'image/jpeg', CACHE.image, () => this.publicApi.open(`${served.key}/${tilePath}`));
  }

  @Get('images/:id/:kind')
  @ApiOperation({ summary: 'An image of a published work', description: 'CC0 works: thumb, web, hd. Other works: lowdef only.' })
  @ApiParam({ name: 'kind', enum: PUBLIC_IMAGE_KINDS })
  @ApiNotFoundResponse({ description: 'No such public image, or this kind is not allowed by the work’s rights' })
  async image(@Param('id', UuidParam) id: string, @Param('kind') kind: string, @Req() req: Request, @Res() res: Response) {
    if (!(PUBLIC_IMAGE_KINDS as string[]).includes(kind)) throw fieldErrorsException({ kind: `must be one of ${PUBLIC_IMAGE_KINDS.join(', ')}` });
    const served = await this.publicApi.image(id, kind as PublicImageKind);
    await sendStored(req, res, served, DERIVATIVE_SPECS[kind as PublicImageKind].contentType, CACHE.image, () => this.publicApi.open(served.key));
  }
}
