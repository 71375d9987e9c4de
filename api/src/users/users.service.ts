/** User accounts: admins manage them; every change is audited and takes effect on the user's next request. */
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword, UserEntity } from '@oc/db';
import { diffRecords, passwordProblems } from '@oc/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/current-user.decorator';
import type { ListQuery, ListResult } from '../common/list-query';
import { preparedQuery } from '../common/prepared-query';
import { escapeLike } from '../common/text-search';
import { fieldErrorsException } from '../common/validation';
import { assertCurrentVersion } from '../common/versioned-update';
import { CreateUserDto, UpdateUserDto, UserFilterDto } from './user.dto';
import { ActiveUsers } from './active-users';
import { toUserView, UserView } from './user.view';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly activeUsers: ActiveUsers,
  ) {}

  /** Asked on every authenticated request: a disabled account or a changed role takes effect at once (ActiveUsers). */
  findActiveById(id: string): Promise<AuthUser | null> {
    return this.activeUsers.get(id, async (userId) => {
      const [user] = await preparedQuery<AuthUser>(
        this.dataSource.manager,
        'users_active_by_id',
        'SELECT id, email, display_name AS "displayName", roles FROM "user" WHERE id = $1 AND active',
        [userId],
      );
      return user ?? null;
    });
  }

  findForLogin(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  async recordLogin(id: string): Promise<void> {
    await this.dataSource.query('UPDATE "user" SET last_login_at = now() WHERE id = $1', [id]);
  }

  async list(query: ListQuery<UserFilterDto>): Promise<ListResult<UserView>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    const { q, role, active, id } = query.filter;
    if (q) qb.andWhere('(u.email ILIKE :q OR u.displayName ILIKE :q)', { q: `%${escapeLike(q)}%` });
    if (role) qb.andWhere(':role = ANY(u.roles)', { role });
    if (active !== undefined) qb.andWhere('u.active = :active', { active });
    if (id) qb.andWhere('u.id = ANY(:id)', { id });
    const [rows, total] = await qb
      .orderBy(query.sortExpression, query.order)
      .addOrderBy('u.id', 'ASC')
      .offset(query.offset)
      .limit(query.limit)
      .getManyAndCount();
    return { rows: rows.map(toUserView), total };
  }

  async get(id: string): Promise<UserView> {
    return toUserView(await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateUserDto, actor: AuthUser): Promise<UserView> {
    this.checkPassword(dto.password, dto);
    const passwordHash = await hashPassword(dto.password);
    const result = await this.dataSource.transaction(async (manager) => {
      await this.checkEmailFree(manager, dto.email);
      const { identifiers } = await manager.insert(UserEntity, {
        email: dto.email,
        displayName: dto.displayName,
        roles: dto.roles,
        active: dto.active ?? true,
        passwordHash,
      });
      const created = toUserView(await this.load(manager, identifiers[0].id));
      await this.audit.record({ user: actor, action: 'create', entityType: 'user', entityId: created.id, after: this.audited(created) }, manager);
      return created;
    });
    // Committed: the account is read afresh on its next request, here and (through the trigger) everywhere.
    this.activeUsers.forget(result.id);
    return result;
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<UserView> {
    const password = dto.password ? dto.password : undefined;
    const passwordHash = password ? await hashPassword(password) : undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id, true);
      assertCurrentVersion('user', existing.version, dto.version);
      if (password) this.checkPassword(password, { email: dto.email ?? existing.email, displayName: dto.displayName ?? existing.displayName });
      if (dto.email && dto.email.toLowerCase() !== existing.email.toLowerCase()) await this.checkEmailFree(manager, dto.email);
      if (id === actor.id && (dto.active === false || (dto.roles && !dto.roles.includes('admin')))) {
        throw new ForbiddenException('You cannot disable your own account or remove your own admin role');
      }
      const before = this.audited(toUserView(existing));
      await manager.update(UserEntity, { id }, {
        email: dto.email ?? existing.email,
        displayName: dto.displayName ?? existing.displayName,
        roles: dto.roles ?? existing.roles,
        active: dto.active ?? existing.active,
        version: existing.version + 1,
        ...(passwordHash ? { passwordHash } : {}),
      });
      const updated = toUserView(await this.load(manager, id));
      await this.audit.record(
        {
          user: actor,
          action: 'update',
          entityType: 'user',
          entityId: id,
          diff: {
            ...diffRecords(before, this.audited(updated)),
            ...(passwordHash ? { password: { from: '(hidden)', to: '(changed)' } } : {}),
          },
        },
        manager,
      );
      return updated;
    });
    // Committed: the account is read afresh on its next request, here and (through the trigger) everywhere.
    this.activeUsers.forget(id);
    return result;
  }

  async remove(id: string, actor: AuthUser): Promise<UserView> {
    if (id === actor.id) throw new ForbiddenException('You cannot delete your own account');
    const result = await this.dataSource.transaction(async (manager) => {
      const existing = toUserView(await this.load(manager, id, true));
      await manager.delete(UserEntity, { id });
      await this.audit.record({ user: actor, action: 'delete', entityType: 'user', entityId: id, before: this.audited(existing) }, manager);
      return existing;
    });
    // Committed: the account is read afresh on its next request, here and (through the trigger) everywhere.
    this.activeUsers.forget(id);
    return result;
  }

  private audited(user: UserView): Record<string, unknown> {
    const { lastLoginAt: _l, createdAt: _c, updatedAt: _u, version: _v, id: _id, ...rest } = user;
    return rest;
  }

  private checkPassword(password: string, identity: { email?: string; displayName?: string }): void {
    const problems = passwordProblems(password, identity);
    if (problems.length) throw fieldErrorsException({ password: problems.join('; ') });
  }

  private async checkEmailFree(manager: EntityManager, email: string): Promise<void> {
    const taken = await manager.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
    if (taken) throw new ConflictException({ message: `A user with email ${email} already exists`, errors: { email: 'is already used' } });
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<UserEntity> {
    const qb = manager.getRepository(UserEntity).createQueryBuilder('u').where('u.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const user = await qb.getOne();
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return user;
  }
}
