import { describe, expect, it } from 'vitest';
import { httpsOnly, shortUrl } from './links';

describe('httpsOnly', () => {
  it('keeps https URLs and drops everything else', () => {
    expect(
      httpsOnly([
        'https://docs.aws.amazon.com/lambda/',
        'http://example.com/',
        'javascript:alert(1)',
        'data:text/html,hi',
        'HTTPS://shouting.example.com/',
        '//example.com/relative',
        'https://',
        'https://docs.aws.amazon.com/lambda/',
      ]),
    ).toEqual(['https://docs.aws.amazon.com/lambda/']);
  });

  it('accepts a missing list', () => {
    expect(httpsOnly(undefined)).toEqual([]);
  });
});

describe('shortUrl', () => {
  it('shows host and path without www, trailing slash, query or fragment', () => {
    expect(shortUrl('https://www.example.com/docs/guide/?q=1#top')).toBe('example.com/docs/guide');
    expect(shortUrl('https://aws.amazon.com/')).toBe('aws.amazon.com');
  });

  it('shortens long addresses with an ellipsis', () => {
    const short = shortUrl(`https://example.com/${'a'.repeat(100)}`);
    expect(short.length).toBeLessThanOrEqual(44);
    expect(short.endsWith('…')).toBe(true);
  });
});
