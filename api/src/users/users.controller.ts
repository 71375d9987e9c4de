import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { CreateUserDto, UpdateUserDto, UserFilterDto } from './user.dto';
import { UsersService } from './users.service';

const USER_LIST: ListSpec<UserFilterDto> = {
  filterClass: UserFilterDto,
  sorts: { email: 'u.email', displayName: 'u.displayName', lastLoginAt: 'u.lastLoginAt', createdAt: 'u.createdAt', updatedAt: 'u.updatedAt' },
  defaultSort: ['email', 'ASC'],
};

@ApiTags('users')
@ApiBearerAuth()
@RequirePermission('users:manage')
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, USER_LIST);
    return sendList(res, 'users', query.offset, await this.users.list(query));
  }

  @Get(':id')
  get(@Param('id', UuidParam) id: string) {
    return this.users.get(id);
  }

  @Post()
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthUser) {
    return this.users.create(dto, actor);
  }

  @Put(':id')
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthUser) {
    return this.users.update(id, dto, actor);
  }

  @Delete(':id')
  remove(@Param('id', UuidParam) id: string, @CurrentUser() actor: AuthUser) {
    return this.users.remove(id, actor);
  }
}
