import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { Public } from '../common/public.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { LocalAuthGuard } from './guards';
import { LoginDto } from './login.dto';


@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly jwt: JwtService) {}

  // The body is validated before passport reads it, so a missing field is a 400 that names it.
  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  login(@Body() _credentials: LoginDto, @CurrentUser() user: AuthUser) {
    return { accessToken: this.jwt.sign({ sub: user.id }), user };
  }

  @ApiBearerAuth()
  @RequirePermission('notice:read')
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}
