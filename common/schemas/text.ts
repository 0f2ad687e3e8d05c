// The schemas of typed text: every name, reason, outcome and note passes common/text/cleanText.ts, so what is
// stored reads as what it is. A refusal carries its error code in the issue (params.code), which the hub's
// boundary sends beside the sentence.
import { z } from 'zod';
import { cleanText, describeTextFault, textFault, type TextFault } from '../text/cleanText.ts';
import { describeUsernameFault, normaliseUsername, usernameFault } from '../text/username.ts';
import type { ErrorCode } from './errorCodes.ts';

const faultCode: Record<TextFault['kind'], ErrorCode> = {
  blank: 'text-empty',
  control: 'text-control-character',
  bidi: 'text-invisible-character',
  invisible: 'text-invisible-character',
};

/** The error code an issue asks for (`params.code`), when a schema set one. */
export function issueCode(issue: { code: string; params?: unknown }): ErrorCode | undefined {
  const params = issue.code === 'custom' ? (issue.params as { code?: ErrorCode } | undefined) : undefined;
  return params?.code;
}

export const refuse = (ctx: z.RefinementCtx, code: ErrorCode, message: string) => ctx.addIssue({ code: 'custom', message, params: { code } });

export interface TextRules {
  /** How the field is named in a refusal: "name", "a reason". */
  what: string;
  max: number;
  /** 0: may be empty (a comment left out). Default 1. */
  min?: number;
  multiline?: boolean;
}

/** A typed text: refused when it would not read as what it is, stored cleaned, then held to its length. */
export function cleanString({ what, max, min = 1, multiline = false }: TextRules) {
  return z
    .string()
    .superRefine((raw, ctx) => {
      const fault = textFault(raw, { multiline });
      if (fault) refuse(ctx, faultCode[fault.kind], `${what} ${describeTextFault(fault)}`);
    })
    .overwrite((raw) => cleanText(raw, { multiline }))
    .superRefine((text, ctx) => {
      if (text.length < min) refuse(ctx, 'text-empty', min === 1 ? `${what} must not be empty` : `${what} is at least ${min} characters`);
    })
    .max(max, `${what} is at most ${max} characters`);
}

/** A new username (an account made or the first administrator): stored in NFKC, of letters, digits and . _ - in one
 *  script (common/text/username.ts). */
export const NewUsername = z
  .string()
  .superRefine((raw, ctx) => {
    const fault = textFault(raw);
    if (fault) refuse(ctx, faultCode[fault.kind], `the username ${describeTextFault(fault)}`);
  })
  .overwrite(normaliseUsername)
  .min(2, 'a username is at least 2 characters')
  .max(64, 'a username is at most 64 characters')
  .superRefine((name, ctx) => {
    const fault = usernameFault(name);
    if (fault) refuse(ctx, 'username-invalid', describeUsernameFault(fault));
  });
