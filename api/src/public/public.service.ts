/**
 * The public Open Content API's rules: only public works exist (publishing or published, never withdrawn), and a
 * work that is not Open Content exposes low definition only — its HD image, tiles and package are 404 whatever
 * the URL. Notices come from the same builder the portal receives, so both always agree.
 */
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buildPublicNotice, loadNoticeRecords, publicImageKinds, publicUrls, type PublicNotice } from '@oc/connectors';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MediaService, type ServedObject } from '../media/media.service';
import { iiifManifest } from './iiif-manifest';
import { PUBLIC_MAX_PAGE_SIZE, PublicSearchDto } from './public.dto';
import { PublicWorksRepository } from './public-works.repository';

export type PublicImageKind = 'thumb' | 'web' | 'lowdef' | 'hd';
export const PUBLIC_IMAGE_KINDS: PublicImageKind[] = ['thumb', 'web', 'lowdef', 'hd'];

export type PublicNoticeView = PublicNotice & { links: PublicNotice['links'] & { manifest: string } };

export interface PublicSearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: PublicNoticeView[];
}

const notFound = (what: string) => new NotFoundException(`${what} not found`);

@Injectable()
export class PublicService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly works: PublicWorksRepository,
    private readonly media: MediaService,
  ) {}

  async search(filter: PublicSearchDto): Promise<PublicSearchResult> {
    const page = filter.page ?? 1;
    const pageSize = Math.min(filter.pageSize ?? 20, PUBLIC_MAX_PAGE_SIZE);
    const { ids, total } = await this.works.search(this.dataSource.manager, filter, (page - 1) * pageSize, pageSize);
    const records = await loadNoticeRecords(this.dataSource.manager, ids);
    return { total, page, pageSize, items: ids.flatMap((id) => (records.has(id) ? [this.view(buildPublicNotice(records.get(id)!, this.config.PUBLIC_BASE_URL))] : [])) };
  }

  async notice(workId: string): Promise<PublicNoticeView> {
    if (!(await this.works.isVisible(this.dataSource.manager, workId))) throw notFound(`Work ${workId}`);
    const [record] = (await loadNoticeRecords(this.dataSource.manager, [workId])).values();
    if (!record) throw notFound(`Work ${workId}`);
    return this.view(buildPublicNotice(record, this.config.PUBLIC_BASE_URL));
  }

  async manifest(workId: string): Promise<Record<string, unknown>> {
    const notice = await this.notice(workId);
    const manifest = iiifManifest(notice, notice.links.manifest);
    if (!manifest) throw new NotFoundException(`Work ${workId} has no image ready yet`);
    return manifest;
  }

  async package(workId: string): Promise<ServedObject & { fileName: string }> {
    const visible = await this.works.isVisible(this.dataSource.manager, workId);
    if (!visible?.openContent) throw notFound(`Download package of work ${workId}`);
    return this.media.servedPackage(workId);
  }

  /** A derivative of a public image, if the work's rights let this kind out (`tiles` for the pyramid). */
  async image(mediaId: string, kind: PublicImageKind | 'tiles'): Promise<ServedObject> {
    const visible = await this.works.visibleMedia(this.dataSource.manager, mediaId);
    if (!visible || !(publicImageKinds(visible.openContent) as string[]).includes(kind)) throw notFound(`Image ${mediaId} (${kind})`);
    return this.media.servedDerivative(mediaId, kind);
  }

  open(key: string) {
    return this.media.open(key);
  }

  tilesBase(mediaId: string): string {
    return publicUrls(this.config.PUBLIC_BASE_URL).tiles(mediaId);
  }

  private view(notice: PublicNotice): PublicNoticeView {
    return { ...notice, links: { ...notice.links, manifest: publicUrls(this.config.PUBLIC_BASE_URL).manifest(notice.id) } };
  }
}
