import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { Public } from '../common/public.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { LocalAuthGuard } from './guards';
import { LoginDto } from './login.dto';

const SESSION_COOKIE = 'oc_session';
const BULL_BOARD_PATH = '/admin/queues';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly jwt: JwtService) {}

  // The body is validated before passport reads it, so a missing field is a 400 that names it.
  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  login(@Body() _credentials: LoginDto, @CurrentUser() user: AuthUser, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const accessToken = this.jwt.sign({ sub: user.id });
    // The queue dashboard is opened by plain browser navigation, which sends cookies but no bearer header.
    res.cookie(SESSION_COOKIE, accessToken, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: BULL_BOARD_PATH });
    return { accessToken, user };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Res({ passthrough: true }) res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: BULL_BOARD_PATH });
  }

  @ApiBearerAuth()
  @RequirePermission('notice:read')
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}
