import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { isDerivativeKind } from '@oc/domain';
import { DERIVATIVE_SPECS } from '@oc/media';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { fieldErrorsException } from '../common/validation';
import { MediaFilterDto, MediaUpdateDto } from './media.dto';
import { MediaService } from './media.service';
import { iiifInfo, sendStored, TILE_PATH } from './serve-stored';

const MEDIA_LIST: ListSpec<MediaFilterDto> = {
  filterClass: MediaFilterDto,
  sorts: { createdAt: 'm.createdAt', updatedAt: 'm.updatedAt', isPrimary: 'm.isPrimary', status: 'm.status' },
  defaultSort: ['createdAt', 'ASC'],
};

/** Derivatives change only when re-rendered, which changes their ETag: a day of private caching is safe. */
const IMAGE_CACHE = 'private, max-age=86400';
const SERVABLE_KINDS = Object.keys(DERIVATIVE_SPECS).filter((k) => k !== 'tiles');

@ApiTags('media')
@ApiBearerAuth()
@Controller('api/works')
export class WorkMediaController {
  constructor(private readonly media: MediaService) {}

  @RequirePermission('notice:write')
  @Post(':id/media')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, caption: { type: 'string' }, photographerCredit: { type: 'string' }, isPrimary: { type: 'boolean' } },
    },
  })
  upload(@Param('id', UuidParam) id: string, @Req() req: Request, @CurrentUser() actor: AuthUser) {
    return this.media.upload(id, req, actor);
  }

  @RequirePermission('notice:read')
  @Get(':id/package')
  async package(@Param('id', UuidParam) id: string, @Req() req: Request, @Res() res: Response) {
    const served = await this.media.servedPackage(id);
    res.setHeader('Content-Disposition', `attachment; filename="${served.fileName}"`);
    await sendStored(req, res, served, 'application/zip', 'private, no-cache', () => this.media.open(served.key));
  }
}

@ApiTags('media')
@ApiBearerAuth()
@Controller('api/media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @RequirePermission('notice:read')
  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, MEDIA_LIST);
    return sendList(res, 'media', query.offset, await this.media.list(query));
  }

  @RequirePermission('notice:read')
  @Get(':id')
  get(@Param('id', UuidParam) id: string) {
    return this.media.get(id);
  }

  @RequirePermission('notice:write')
  @Put(':id')
  update(@Param('id', UuidParam) id: string, @Body() dto: MediaUpdateDto, @CurrentUser() actor: AuthUser) {
    return this.media.update(id, dto, actor);
  }

  @RequirePermission('notice:write')
  @Delete(':id')
  @HttpCode(200)
  remove(@Param('id', UuidParam) id: string, @CurrentUser() actor: AuthUser) {
    return this.media.remove(id, actor);
  }

  @RequirePermission('notice:read')
  @Get(':id/tiles/info.json')
  async tileInfo(@Param('id', UuidParam) id: string, @Req() req: Request, @Res() res: Response) {
    const served = await this.media.servedDerivative(id, 'tiles');
    const stored = await this.media.open(`${served.key}/info.json`);
    const base = `${req.protocol}://${req.get('host')}/api/media/${id}/tiles`;
    res.setHeader('ETag', served.etag);
    res.setHeader('Cache-Control', IMAGE_CACHE);
    if (req.headers['if-none-match'] === served.etag) {
      stored.destroy();
      res.status(304).end();
      return;
    }
    res.type('application/ld+json').json(await iiifInfo(stored, base));
  }

  @RequirePermission('notice:read')
  @Get(':id/tiles/*path')
  async tile(@Param('id', UuidParam) id: string, @Param('path') path: string | string[], @Req() req: Request, @Res() res: Response) {
    const tilePath = Array.isArray(path) ? path.join('/') : path;
    if (!TILE_PATH.test(tilePath)) throw fieldErrorsException({ path: 'must be a IIIF level-0 tile path such as 0,0,512,512/512,/0/default.jpg' });
    const served = await this.media.servedDerivative(id, 'tiles');
    const key = `${served.key}/${tilePath}`;
    await sendStored(req, res, { bytes: null, etag: served.etag.replace(/"$/, `-${tilePath.replace(/[^0-9a-z]/gi, '')}"`) }, 'image/jpeg', IMAGE_CACHE, () =>
      this.media.open(key),
    );
  }

  @RequirePermission('notice:read')
  @Get(':id/:kind')
  async derivative(@Param('id', UuidParam) id: string, @Param('kind') kind: string, @Req() req: Request, @Res() res: Response) {
    if (!isDerivativeKind(kind) || kind === 'tiles') {
      throw fieldErrorsException({ kind: `must be one of ${SERVABLE_KINDS.join(', ')} (tiles are under /tiles/info.json)` });
    }
    const served = await this.media.servedDerivative(id, kind);
    await sendStored(req, res, served, DERIVATIVE_SPECS[kind].contentType, IMAGE_CACHE, () => this.media.open(served.key));
  }
}
