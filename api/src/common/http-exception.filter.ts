/**
 * One error shape for every failure: `{statusCode, message, errors?}`. Database constraint violations that slip
 * past validation become 4xx with a readable message; anything unexpected is a logged 500 without a stack trace.
 */
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
  [extra: string]: unknown;
}

const PG_ERRORS: Record<string, { status: number; message: string }> = {
  '23505': { status: HttpStatus.CONFLICT, message: 'This record conflicts with an existing one' },
  '23503': { status: HttpStatus.CONFLICT, message: 'This record is still referenced, or references a missing record' },
  '23514': { status: HttpStatus.BAD_REQUEST, message: 'A value is outside what is allowed' },
  '22P02': { status: HttpStatus.BAD_REQUEST, message: 'A value has the wrong format' },
  '22003': { status: HttpStatus.BAD_REQUEST, message: 'A number is out of range' },
  '22001': { status: HttpStatus.BAD_REQUEST, message: 'A value is too long' },
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      if (typeof raw === 'string') return { statusCode: status, message: raw };
      const { error: _error, ...rest } = raw as Record<string, unknown>;
      const message = Array.isArray(rest.message) ? rest.message.join('; ') : String(rest.message ?? exception.message);
      return { ...rest, statusCode: status, message };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string })?.code ?? '';
      const known = PG_ERRORS[code];
      if (known) {
        const detail = (exception.driverError as { detail?: string })?.detail;
        return { statusCode: known.status, message: detail ? `${known.message}: ${detail}` : known.message };
      }
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
  }
}
