/**
 * secrets: parity with gitleaks' widely used provider rules (one rule per provider, keyword
 * prefilter first, the provider's token shape), chat incoming-webhook URLs, database and basic-auth
 * URLs with passwords, private keys, JWTs, high-entropy tokens next to key words, and credentials
 * written in prose. Example tokens are random strings of each provider's shape, not real keys.
 */
/** After a password or user key, a stand-in for the reader's own value ("password: YOUR_MQTT_PASSWORD", "<your-password>"): three credential rules skip it. */
const STAND_IN_VALUE = String.raw`\s*[:=]\s*["''“]?(?:your[_-]|<|\{\{|\$\{|changeme|example|xxx)`;
/**
 * A password as a sentence gives it (group `m`): 4–64 characters up to a space, comma, semicolon
 * or quote, holding a letter and a digit or symbol; not an ellipsis, a run of x's, a bracketed
 * slot or a URL. Shared by the prose-password patterns below.
 */
const PASSWORD_VALUE = String.raw`(?<m>(?=[^\s,;"”\x27\x60]*[0-9!@#$%^&*+=?~_])(?=[^\s,;"”\x27\x60]*[A-Za-z])(?![<*\[(]|//|x{3,}|X{3,}|\.{3}|(?i:https?://|www\.))[^\s,;"”\x27\x60]{4,64})`;
/** A password that looks like one on its own (letters, a digit and a symbol, 8 or more): it may stand after a clause ("the password hasn't changed: …"). */
const STRONG_PASSWORD = String.raw`(?<m>(?=[^\s,;"”\x27\x60]*[A-Za-z])(?=[^\s,;"”\x27\x60]*\d)(?=[^\s,;"”\x27\x60]*[!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|X{3,}|\.{3}|(?i:https?://|www\.))[^\s,;"”\x27\x60]{8,64})`;
/** The same for a code after its label ("PIN:", "door code"): two letters or digits in a row suffice, a percentage is not one. */
const PASSWORD_CODE_VALUE = String.raw`(?<m>(?=[^\s,;"”\x27\x60]*[0-9!@#$%^&*+=?~_])(?=[^\s,;"”\x27\x60]*[A-Za-z0-9]{2})(?![<*\[(]|x{3,}|X{3,}|\.{3}|\d+%|(?i:https?://|www\.))[^\s,;"”\x27\x60]{4,64})`;

/** "pass" before a price ("printer for the pass — $229"): a kitchen pass or a ticket, not a password; for both password-in-prose rules. */
const PRICED_PASS = String.raw`\b(?:pass|pw|pwd)\b[^\n]{0,12}[$€£¥]\s?\d`;

/** Not a meeting's passcode on the line under its ID or its link ("Meeting ID: 845 2291 0037\nPasscode: 118204", forty-fourth session, OV, PE). */
const UNDER_MEETING_LINK = String.raw`(?<!(?:(?i:meeting|webinar|conference) (?i:id)\s*:[^\n]{0,40}|(?i:zoom\.us|webex\.com|teams\.microsoft\.com|meet\.google\.com)/[^\s]{0,80}[ \t]*)\n[ \t]*)`;

export const SECRETS_PACK = String.raw`
pack: secrets
description: 'Credentials and keys (gitleaks-style provider rules plus prose credentials).'
rules:
  - id: secret.aws-access-key
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'akia'
      - 'asia'
      - 'abia'
      - 'acca'
      - 'a3t'
    patterns:
      # Real key ids are base32 (A-Z, 2-7); a key typed or pasted by hand also shows 0, 1, 8 or 9.
      - '\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)(?:[A-Z2-7]{16}|(?=[A-Z]{0,15}[0-9])[A-Z0-9]{16})\b'
    validator: 'not-example-secret'
    message: 'AWS access key id in the text: never send credentials'
    examples:
      fire:
        - 'aws key AKIAIDVWTFKTANGPVYQE for the sandbox'
        - 'ASIAQ4RZ7MXKL2VBN5TW'
      pass:
        - 'The AKIA prefix marks an AWS key id.'
        - 'The AWS docs use AKIAIOSFODNN7EXAMPLE as a sample access key ID.'
  - id: secret.aws-secret-key
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'aws'
      - 'secret_access'
      - 'secretaccess'
    patterns:
      - '(?i:aws).{0,25}(?i:secret|private).{0,20}(?:[:=]|\bis\b)\s*["\x27]?(?<m>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])'
      # The config key then its value: "aws configure set aws_secret_access_key <key>", a shell line.
      - '(?i:aws_secret_access_key|secretaccesskey)\s+["\x27]?(?<m>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])'
    validator: 'not-example-secret'
    message: 'AWS secret access key in the text: never send credentials'
    examples:
      fire:
        - 'aws_secret_access_key = djzYPzxiBzSlHNJqiJ5PqKfUg7z1xtn1DjaiZ9sH'
        - 'AWS secret key is B7QziKzxgErUFUc3IdJE+3536/U9Zk+N21XP2a4Q'
      pass:
        - 'Your AWS secret key stays in your vault.'
        - 'The AWS docs show aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as a sample.'
  - id: secret.gcp-api-key
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'aiza'
    patterns:
      - '\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])'
    message: 'Google API key in the text: never send credentials'
    examples:
      fire:
        - 'key=AIzaL-Ol9TtSz7SzeNPNqIkyBA_hyPi6zcxDf_z'
      pass:
        - 'AIza is how Google keys start.'
  - id: secret.gcp-service-account
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'service_account'
      - 'private_key_id'
    patterns:
      - '"type"\s*:\s*"service_account"'
      - '"private_key_id"\s*:\s*"[a-f0-9]{40}"'
    message: 'Google service account key in the text: never send credentials'
    examples:
      fire:
        - '{"type": "service_account", "project_id": "demo"}'
        - '"private_key_id": "dfd8fd7c17ca9f0d5acb395561690bd31fcaa809"'
      pass:
        - 'We use a service account for the sync.'
  - id: secret.gcp-oauth-secret
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'gocspx-'
    patterns:
      - '\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])'
    message: 'Google OAuth client secret in the text: never send credentials'
    examples:
      fire:
        - 'client secret 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'
      pass:
        - 'GOCSPX- prefixes are Google secrets.'
  - id: secret.google-oauth-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'ya29.'
    patterns:
      - '\bya29\.[0-9A-Za-z_-]{30,}'
    message: 'Google OAuth access token in the text: never send credentials'
    examples:
      fire:
        - 'Bearer ya29.g577wl6tPbGhKKtCkMWZ9RdnfECc2xbNDaWdoqNdTOniqNcM-8ZvU4mOjGiD'
      pass:
        - 'ya29 is a token prefix.'
  - id: secret.azure-storage-key
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'accountkey'
      - 'sharedaccesssignature='
    patterns:
      - {regex: '(?i:SharedAccessKey)\s{0,2}=\s{0,2}(?<m>[A-Za-z0-9+/]{30,88}={0,2})', keywords: ['sharedaccesskey=']}
      - '(?i:AccountKey)\s{0,2}[=:]\s{0,2}["''\x60]?[A-Za-z0-9+/]{40,88}={0,2}'
      - '(?i:SharedAccessSignature)=sv=[^\s;]{20,}'
    message: 'Azure storage connection string in the text: never send credentials'
    examples:
      fire:
        - 'Endpoint=sb://gs-uk-telemetry.bus.ourco.com/;SharedAccessKeyName=listen;SharedAccessKey=Lq8Vx2Rm7Tz4Kp9Wn3Yb6Hc1Df5Gj0Sa2Ue8Io='
        - 'DefaultEndpointsProtocol=https;AccountName=archive;AccountKey=u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFRIB==;EndpointSuffix=core.windows.net'
        - 'AccountKey = d7FZNqS3pBfc7l+SR+4Mh6M0j/Sr2wov2iDaE0sltQz9rG0pO7Hayv0G973FhcQVHZIa8DLM3q2ZjumLGm1DoQ=='
        - 'AccountKey: "d7FZNqS3pBfc7l+SR+4Mh6M0j/Sr2wov2iDaE0sltQz9rG0pO7Hayv0G973FhcQVHZIa8DLM3q2ZjumLGm1DoQ=="'
        - 'DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=WfOXL6oDQRPR39TP2Fcit5EJhueUa1GnoBcMqHaWB8m25yX9H3bJP+Nih7TO7DKDQBgjrdBG1ywc7zGVmbELfG==;EndpointSuffix=core.windows.net'
      pass:
        - 'Set SharedAccessKeyName=listen in your own connection string.'
        - 'Set AccountKey in the portal, not in email.'
        - 'The AccountKey = field in your connection string must stay in Key Vault.'
  - id: secret.azure-ad-client-secret
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'q~'
    patterns:
      - '(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])'
    message: 'Azure AD client secret in the text: never send credentials'
    examples:
      fire:
        - 'client secret: YWM8Q~mF-FHFM1JkVzGAVb9VGCdzKf.sG_fkNFI~'
      pass:
        - 'Q~ appears in Azure secrets.'
  - id: secret.azure-devops-pat
    kind: secret
    severity: critical
    description: 'an Azure DevOps personal access token: 52 base-32 characters (a-z, 2-7) near the words that name it, or the 84-character format with AZDO at characters 77-80'
    keywords:
      - 'azdo'
      - 'pat'
      - 'personal access token'
      - 'devops'
      - 'dev.azure'
      - 'visualstudio'
    patterns:
      - '(?:\bpat\b|personal access token|azure devops|\bdevops\b|\bado\b|dev\.azure\.com|visualstudio\.com)[^\n]{0,80}?(?<![a-z0-9])(?<m>[a-z2-7]{52})(?![a-z0-9])'
      - '(?<![a-z0-9])[a-z0-9]{76}azdo[a-z0-9]{4}(?![a-z0-9])'
    validator: 'entropy'
    min_entropy: 3.8
    message: 'Azure DevOps personal access token in the text: never send credentials'
    examples:
      fire:
        - 'Azure DevOps PAT with Code (Read) so the pipeline can pull the shared templates: odljknbvdkygxziphrbpszvnlydgreeio2mkm44xl3oiztt4uo7x'
        - 'PAT for dev.azure.com/contoso: 7Hb2kPq9Lm4Xw8Rt3Zy6Nc1Vd5Fg0Sj7Ka2Qe9Uo3Ip4Wr8Ty6Ml1Bn5Cv0Xz3Lk7Jh9Gf2Ds4AqAZDOe3Rt'
      pass:
        - 'Create a PAT in Azure DevOps under User settings, Personal access tokens.'
        - 'Our Azure DevOps organisation is dev.azure.com/ourco, and the project is called platform.'
  - id: secret.azure-sas-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sig='
    patterns:
      - '[?&]sv=\d{4}-\d\d-\d\d[^\s]*&sig=[A-Za-z0-9%+/=]{30,}'
    message: 'Azure SAS URL in the text: never send credentials'
    examples:
      fire:
        - 'https://acme.blob.core.windows.net/c/f.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01&sig=5AyRaiC92All9KOVkyqwGUWJRNsOIQsWCa0lwx50Cj0z%3D'
      pass:
        - 'Use a SAS link from the portal.'
  - id: secret.github-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'ghp_'
      - 'gho_'
      - 'ghu_'
      - 'ghs_'
      - 'ghr_'
    patterns:
      - '\bgh[pousr]_[A-Za-z0-9]{30,255}\b'
    message: 'GitHub token in the text: never send credentials'
    examples:
      fire:
        - 'token ghp_Ux6TT0rTBoRiuAz4T0PSdGKVVKyIlBszRddi'
        - 'use gho_iGnoSrhHgwh7E2rjoAVxEwRF1auJefxg1Zsg'
        - 'Clone with ghp_7Xk2mQ9vR4tLpW8zN3cY6bJ1hF5dS0aGeU2 for now (a hand-typed token one character short is still a token).'
      pass:
        - 'Tokens start with ghp_ on GitHub.'
  - id: secret.github-fine-grained-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'github_pat_'
    patterns:
      - '\bgithub_pat_[A-Za-z0-9_]{22,255}'
    message: 'GitHub fine-grained token in the text: never send credentials'
    examples:
      fire:
        - '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'
      pass:
        - 'Create a github_pat_ token in settings.'
  - id: secret.gitlab-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'glpat-'
      - 'gldt-'
      - 'glrt-'
      - 'glptt-'
      - 'glsoat-'
      - 'gloas-'
      - 'glcbt-'
      - 'glimt-'
    patterns:
      - '\b(?:glpat|gldt|glrt|glptt|glsoat|glcbt|glimt)-[A-Za-z0-9_-]{20,}'
      - '\bgloas-[a-f0-9]{64}\b'
      - '\bGR1348941[A-Za-z0-9_-]{20}\b'
    message: 'GitLab token in the text: never send credentials'
    examples:
      fire:
        - 'glpat-BgEolOGSE6MsaUFs2gjd'
        - 'runner glrt-kTdYDki4gfptAjmgV9G1'
      pass:
        - 'GitLab tokens begin with glpat- .'
  - id: secret.bitbucket-app-password
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'atbb'
      - 'atatt3'
      - 'atctt3'
    patterns:
      - '\bATBB[A-Za-z0-9_=.-]{32,}'
      - '\bAT(?:ATT|CTT)3[A-Za-z0-9_=-]{50,}'
    message: 'Bitbucket / Atlassian token in the text: never send credentials'
    examples:
      fire:
        - 'app password ATBB5vlsKnT5ddK1VZSJpFesNe8OKlUHTOfW'
        - 'ATATT3xFfGF0fXPXBWKLnbjFN4LqV-jzIAZ823NEgZAIqxHpWsgTyU4uU438NxescGbbqjhAfe0LwDuyWqX_nkYYv6RwBoaEisEw8xCNopcN_soo2s_knQKE9PDXlPO-jWkw84jI9RZh2rXF3IgVQ4P2NUPkrMqZ72GSpPuDrtlUvl9bGEpbes=ABCD1234'
      pass:
        - 'Atlassian API tokens start with ATATT3.'
  - id: secret.stripe-key
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sk_live'
      - 'sk_test'
      - 'rk_live'
      - 'rk_test'
      - 'sk_prod'
      - 'rk_prod'
      - 'whsec_'
      - 'pk_live'
    patterns:
      - '\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,99}\b'
      - '\bwhsec_[A-Za-z0-9+/=]{24,}'
    message: 'Stripe key in the text: never send credentials'
    examples:
      fire:
        - 'stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc'
        - 'webhook secret whsec_8SlQ3RpDclRF8thETBmdvaognuzhKv5O'
      pass:
        - 'Our docs use sk_test_XXXXXXXXXXXXXXXXXXXXXXXX as a stand-in: swap in the key from your own dashboard.'
        - 'Publishable keys are fine to share, secret keys are not.'
  - id: secret.square-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sq0atp-'
      - 'sq0csp-'
      - 'eaaa'
    patterns:
      - '\bsq0atp-[0-9A-Za-z_-]{22}(?![0-9A-Za-z_-])'
      - '\bsq0csp-[0-9A-Za-z_-]{43}(?![0-9A-Za-z_-])'
      - '\bEAAA[A-Za-z0-9_+=-]{60}(?![A-Za-z0-9_+=-])'
    message: 'Square token in the text: never send credentials'
    examples:
      fire:
        - 'sq0atp-mp8YwhWD1IuixzFMIAJdMr'
        - 'EAAABGsHx4M9MeuBuI5labfsYIEmUTWEI8SvyUpeDKHMoUwjyxm3o5SDWqxGMqXI'
      pass:
        - 'We integrate with Square POS.'
  - id: secret.paypal-braintree
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'access_token$production$'
      - 'access_token$sandbox$'
    patterns:
      - 'access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}'
    message: 'PayPal / Braintree token in the text: never send credentials'
    examples:
      fire:
        - 'access_token$production$b7rxy9jadz2fxq11$8b0f90cbe0f86fee0a8e44b96f09547c'
      pass:
        - 'We support PayPal and Braintree.'
  - id: secret.slack-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'xoxb-'
      - 'xoxp-'
      - 'xoxa-'
      - 'xoxr-'
      - 'xoxs-'
      - 'xoxe'
      - 'xapp-'
      - 'xoxo-'
    patterns:
      - '\bxox[baprseo]-[0-9A-Za-z-]{10,}'
      - '\bxoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{100,}'
      - '\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+'
    message: 'Slack token in the text: never send credentials'
    examples:
      fire:
        - 'slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp'
        - 'xapp-1-A0KEY111UW6-3186728267320-99d6144a9cea9e4830f96756ed50fdb82222559fec4c9a3af3fbe211658710ef'
      pass:
        - 'Install the Slack app from the directory.'
  - id: secret.slack-webhook
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'hooks.slack.com'
    patterns:
      - {regex: '(?<=https?://)hooks\.[\w.-]+/(?:[\w-]+/){0,4}(?:whk|whsec|wh|hook|hk)_[A-Za-z0-9]{16,}', keywords: ['hooks.']}
      - {regex: '(?<=https?://)hooks\.[\w.-]+/(?:[\w-]+/){0,3}T[A-Z0-9]{7,12}/B[A-Z0-9]{7,12}/[A-Za-z0-9]{20,}', keywords: ['hooks.']}
      - 'hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,}'
    message: 'incoming-webhook URL (Slack''s, or a hooks. host''s with its token) in the text: never send credentials'
    examples:
      fire:
        - 'Point the collector at https://hooks.ourco.com/ingest/whk_9f3kLm2Qx7vR8tY1pN4sB6 and it will start posting.'
        - 'I''ve configured it using the webhook you sent over: https://hooks.chatwave.io/v1/T04QX8R2K/B06LMN3PZ/w9Xc2Lk7Pq4Rt8Vz1Yb5Nm3D'
        - 'post to https://hooks.slack.com/services/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'
        - 'https://hooks.slack.com/workflows/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'
      pass:
        - 'The endpoint looks like https://hooks.ourco.com/ingest/<your-hook-id>.'
        - 'Paste your own webhook from hooks.chatwave.io into the Alerts page.'
        - 'Slack docs live at https://api.slack.com/messaging/webhooks'
  - id: secret.teams-webhook
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'webhook.office.com'
      - 'outlook.office.com/webhook'
      - 'logic.azure.com'
    patterns:
      - '[a-z0-9-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/_-]{40,}'
      - 'outlook\.office(?:365)?\.com/webhook/[A-Za-z0-9@/_-]{40,}'
      - 'logic\.azure\.com(?::443)?/workflows/[a-f0-9]{32}/triggers/[^\s]*sig=[A-Za-z0-9_%-]{20,}'
    message: 'Microsoft Teams incoming webhook URL in the text: never send credentials'
    examples:
      fire:
        - 'https://acme.webhook.office.com/webhookb2/d982ab72-7609-6e96-26e0-0b2dd23c1730@aba4c154-9312-47bf-7aed-6d3708958a7f/IncomingWebhook/cd5161bc947534fd16223d4ff8fe36c9/9f6117bc-942a-49d6-287c-61e395555fb8'
      pass:
        - 'We post to Microsoft Teams channels too.'
  - id: secret.discord-webhook
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'discord.com/api/webhooks'
      - 'discordapp.com/api/webhooks'
      - 'discord'
    patterns:
      - 'discord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{60,68}'
      - '(?i:discord).{0,40}\b[MN][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}\b'
    message: 'Discord webhook URL or bot token in the text: never send credentials'
    examples:
      fire:
        - 'https://discord.com/api/webhooks/726720241609364678/9Hbpvme8hkw7eVjWkD1rcJ-WDoVX3G4JyTioqg5L09MchtXZlv3mVn7UGpp2W4-iDnl9'
      pass:
        - 'Join our Discord community at discord.gg/ourco.'
  - id: secret.twilio
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'twilio'
      - 'sk'
    patterns:
      - '\bSK[0-9a-f]{32}\b'
      - '(?i:twilio).{0,40}(?i:auth[ _-]?token|secret|token)\W{0,5}(?:is\s+)?(?<m>[a-f0-9]{32})\b'
    message: 'Twilio API key or auth token in the text: never send credentials'
    examples:
      fire:
        - 'twilio key SK215abe361aaf69e3a2da7db2de613f9c'
        - 'Twilio auth token: a517392b9642b32154f6000b87599815'
      pass:
        - 'We send SMS through Twilio.'
  - id: secret.sendgrid
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sg.'
    patterns:
      - {regex: '\bSG\.[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{16,64}\b(?=[^\n]{0,40}\b(?i:key|apikey|password|smtp|relay)\b)|(?i:\bapikey\b)[^\n]{0,40}\bSG\.[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{16,64}\b', keywords: ['sg.']}
      - '\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}\b'
    message: 'SendGrid API key in the text: never send credentials'
    examples:
      fire:
        - 'For the SMTP relay, use the username "apikey" and SG.r7Kq2Wx9Tz.Lm4Np8Vc3Yb6Hd1Fj5Gs0Ae2Ui7Ow as the key.'
        - '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'
        - '> SG.kP3xR9vQ2mLtW7zN4cY8bJ.1hF5dS0aGeU2qVbXo6TkR3mP9wL7zN2cY4vB'
      pass:
        - 'Our SG.12 sensor range is listed in the key specifications.'
        - 'SG. is the SendGrid prefix.'
        - 'See SG.1.2 of the security guide.'
  - id: secret.mailgun
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'key-'
      - 'mailgun'
    patterns:
      # Legacy keys: "key-" and 32 lower-case letters and digits (hex in newer accounts).
      - '\bkey-(?=[0-9a-z]{0,31}\d)[0-9a-z]{32}\b'
      - '(?i:mailgun).{0,40}\b(?<m>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})\b'
    message: 'Mailgun API key in the text: never send credentials'
    examples:
      fire:
        - 'key-099b3ecff94468d8198c228f6f56e20b'
        - 'Mailgun: key-3ax6xnjp29jd6fds4gc373sgvjxteol0'
        - 'mailgun key c004089dff27167c85c451e1e390d806-7cda00a1-90075f1c'
      pass:
        - 'Use key-based auth for your vault.'
  - id: secret.mailchimp
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - '-us'
    patterns:
      - '\b[0-9a-f]{32}-us\d{1,2}\b'
    message: 'Mailchimp API key in the text: never send credentials'
    examples:
      fire:
        - 'mailchimp 49e3c5ef63930f81a1ae14fc5e2029b2-us21'
      pass:
        - 'Our US region is us-east-1.'
  - id: secret.postmark
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'postmark'
    patterns:
      - '(?i:postmark).{0,40}\b(?<m>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b'
    message: 'Postmark server token in the text: never send credentials'
    examples:
      fire:
        - 'Postmark server token 0220fe15-6247-76a5-a08f-f420528613ec'
      pass:
        - 'We send receipts with Postmark.'
  - id: secret.openai
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sk-'
      - 't3blbkfj'
    patterns:
      - '\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}'
      - '\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}'
    message: 'OpenAI API key in the text: never send credentials'
    examples:
      fire:
        - 'sk-proj-0EbgEbbbpIput-UATIAnVH4V0Mt4xhll0rOxTxQqT3BlbkFJtumjm4pzwVJ2rD8ctahJnlByytUuqS4vyVeehEeV'
        - 'sk-zaMQYG5oyIfXOnBl9WDLEWH4nk3IdIqu9HCCk2k4I8cDYZkl'
      pass:
        - 'The sk- prefix marks a secret key.'
  - id: secret.anthropic
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sk-ant-'
    patterns:
      - '\bsk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,}'
    message: 'Anthropic API key in the text: never send credentials'
    examples:
      fire:
        - 'sk-ant-api03-6FPblH0Z1jJdPJ3_87UZ6JGx6ZbjBfEe2lzJY4gVFtvEshT0nem2OjssSff1Kf2OOZHIp2FLmeEdMxx6DKvv4VNib4OMuAA'
      pass:
        - 'We build on Anthropic models.'
  - id: secret.huggingface
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'hf_'
      - 'api_org_'
    patterns:
      - '\bhf_[A-Za-z0-9]{34}\b'
      - '\bapi_org_[A-Za-z]{34}\b'
    message: 'Hugging Face token in the text: never send credentials'
    examples:
      fire:
        - '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'
      pass:
        - 'Our models are on Hugging Face under hf_models.'
  - id: secret.npm
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'npm_'
    patterns:
      - '\bnpm_[A-Za-z0-9]{30,40}\b'
    message: 'npm access token in the text: never send credentials'
    examples:
      fire:
        - 'npm_PIQ02LlMju9rYJJpN4s9v120nqhKF0CkH1iR'
      pass:
        - 'Install with npm_config settings.'
  - id: secret.pypi
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'pypi-ageichlwas5vcmc'
    patterns:
      - '\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}'
    message: 'PyPI upload token in the text: never send credentials'
    examples:
      fire:
        - 'pypi-AgEIcHlwaS5vcmcXOr-BfZbgg_gTjS0BeqhLluoquum5Y7K5_1vMV7Tp4Mt_Lh0-C64yhGED_MRyWd0gmvJR9'
      pass:
        - 'Our SDK is on PyPI.'
  - id: secret.shopify
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'shpat_'
      - 'shpca_'
      - 'shppa_'
      - 'shpss_'
    patterns:
      - '\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b'
    message: 'Shopify token in the text: never send credentials'
    examples:
      fire:
        - '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'
      pass:
        - 'We have a Shopify app.'
  - id: secret.datadog
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'datadog'
      - 'dd_api_key'
      - 'dd_app_key'
      - 'dd-api-key'
    patterns:
      - '(?i:datadog|dd_api_key|dd_app_key|dd-api-key).{0,40}\b(?<m>[a-f0-9]{32}|[a-f0-9]{40})\b'
    message: 'Datadog API or application key in the text: never send credentials'
    examples:
      fire:
        - 'DD_API_KEY=84d53b5c32926ca12575a57e24072805'
        - 'our datadog app key is 0a3c48ba1db9942d3b4860c6d4ccf563f848ad79'
      pass:
        - 'We export metrics to Datadog.'
  - id: secret.new-relic
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'nrak-'
      - 'nrjs-'
      - 'nrii-'
    patterns:
      - '\bNRAK-[A-Z0-9]{27}\b'
      - '\bNRJS-[a-f0-9]{19}\b'
      - '\bNRII-[A-Za-z0-9_-]{32}\b'
    message: 'New Relic key in the text: never send credentials'
    examples:
      fire:
        - 'NRAK-4ASVWCDM7GR0JJDESVFVVOOOTIU'
      pass:
        - 'We also support New Relic.'
  - id: secret.heroku
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'heroku'
      - 'hrku-'
    patterns:
      - '\bHRKU-[A-Za-z0-9_-]{60}\b'
      - '(?i:heroku).{0,40}\b(?<m>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b'
    message: 'Heroku API key in the text: never send credentials'
    examples:
      fire:
        - 'heroku api key 2c661867-e111-ae04-5fc1-0482b5f98df3'
        - 'HRKU-E_5QqDKY9jMDMO6n9Dm4MDjreQ0dyg_xpZww-RgsDWsGBNaHYM42T_D-u4oZ'
      pass:
        - 'We deploy on Heroku.'
  - id: secret.digitalocean
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'dop_v1_'
      - 'doo_v1_'
      - 'dor_v1_'
    patterns:
      - '\bdo[por]_v1_[a-f0-9]{64}\b'
    message: 'DigitalOcean token in the text: never send credentials'
    examples:
      fire:
        - 'dop_v1_cc58a7e81631ce896c3bceb911161c171c734cf6bf7d9aafc52fb809aa2746f2'
      pass:
        - 'Hosted on DigitalOcean.'
  - id: secret.okta
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'okta'
      - 'ssws'
    patterns:
      - '(?i:okta|ssws).{0,40}\b(?<m>00[A-Za-z0-9_-]{40})\b'
    message: 'Okta API token in the text: never send credentials'
    examples:
      fire:
        - 'Okta API token 0065blA8QVDwxPrLRc7Zs1nE54-iNLFj2uT-SSBuUK'
        - 'Authorization: SSWS 00thNpYWEL6_Tvivd8xRk3wOh9OXf9DM8eT-zwZ5KZ'
      pass:
        - 'We support Okta SSO.'
  - id: secret.telegram-bot
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - ':aa'
    patterns:
      # Real tokens hold 33 characters after AA; pasted or retyped ones run a few over or under.
      - '\b\d{8,10}:AA[0-9A-Za-z_-]{30,40}(?![0-9A-Za-z_-])'
    message: 'Telegram bot token in the text: never send credentials'
    examples:
      fire:
        - 'this is the bot token: 6248193057:AAH7xK2mQ9vR4tL8wN1cZ6hJ3sF0yD5gA2bE'
        - 'bot 4184951977:AAswRmw_SV5XS-8pb9drMihVnrKWyPitiRR'
      pass:
        - 'Call me at 10:30.'
  - id: secret.linear
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'lin_api_'
    patterns:
      - '\blin_api_[A-Za-z0-9]{40}\b'
    message: 'Linear API key in the text: never send credentials'
    examples:
      fire:
        - 'lin_api_e4HnotZH4D826jkaDjMRpBckTYyVxZoD4H58vJLD'
      pass:
        - 'We sync with Linear.'
  - id: secret.notion
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'secret_'
      - 'ntn_'
    patterns:
      - '\bsecret_[A-Za-z0-9]{43}\b'
      - '\bntn_[A-Za-z0-9]{46}\b'
    message: 'Notion integration token in the text: never send credentials'
    examples:
      fire:
        - 'secret_fGksszgqAKpdNmzkEdQW8CfByUuGmzwKXDqU8Mxc4QM'
        - 'ntn_nApepDJWAYW1CCmdxjD4HwwXWlZardtWuLQS0FOh5sCyhN'
      pass:
        - 'The secret_ sauce is onboarding.'
  - id: secret.airtable
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'pat'
    patterns:
      - '\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b'
    message: 'Airtable token in the text: never send credentials'
    examples:
      fire:
        - 'pateNpXLFMP3ZYSWd.bb01067aa6d4d20079b7029d00d246e28cc3c5822dc4de648c6b480f08ed18d1'
      pass:
        - 'Pat will join the call.'
  - id: secret.dropbox
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sl.'
    patterns:
      - '\bsl\.[A-Za-z0-9_-]{130,}'
    message: 'Dropbox token in the text: never send credentials'
    examples:
      fire:
        - 'sl.FlzB717KIJcnc_76AsNGls7MTJcddOlv3QeWm1Qnu35FCfOk1eaR9JUTu6miN6OU9mTGE8lNe8fhUzg2oAq5DrT5Yw2vpmtOf7eZranVpkAaBMZRWok8vRwCdoRCpYQzylfeYAuG'
      pass:
        - 'See sl. 4 of the deck.'
  - id: secret.facebook
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'eaa'
    patterns:
      - '\bEAA[A-Za-z0-9]{90,}'
    message: 'Meta access token in the text: never send credentials'
    examples:
      fire:
        - 'EAAeR4Sp1vE8nSEEiuojVFarGmFgJZaPOxXv8uzFjhn95iukhyr9jvM4DQM8TkjGZ2SFqLTd5IJiwc1N3bEdMbmRDnCajspFsw1wv5JuKFzMeEEMiaEcvhHbUM8'
      pass:
        - 'EAA is a region code.'
  - id: secret.vault
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'hvs.'
      - 'hvb.'
      - 'atlasv1'
    patterns:
      - '\bhv[sb]\.[A-Za-z0-9_-]{24,}'
      - '\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}'
    message: 'HashiCorp Vault / Terraform token in the text: never send credentials'
    examples:
      fire:
        - 'hvs.l7RR3DC6iqn2Kf9jUhRHo_tgENJIvJkilpWq1bED3UUYs3yJ9_BIbw7fmL0NieH-XgRnUgFEsgFta2TXdN3MU26nEF'
      pass:
        - 'We use Vault for secrets.'
  - id: secret.sentry
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'sntrys_'
      - 'sntryu_'
    patterns:
      - '\bsntry[su]_[A-Za-z0-9+/=_]{40,}'
    message: 'Sentry auth token in the text: never send credentials'
    examples:
      fire:
        - 'sntrys_kGgB7dynYVGIwQeS0U0IYJOUpQ8SXqFvDL8dYwGANR89sG6ahxS71MBMgFmHUAoY'
      pass:
        - 'We report errors to Sentry.'
  - id: secret.doppler
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'dp.pt.'
      - 'dp.st.'
      - 'dp.ct.'
      - 'dp.sa.'
    patterns:
      - '\bdp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9]{40,44}\b'
      - '\bdp\.st\.[a-z0-9_-]{1,32}\.[A-Za-z0-9]{40,44}\b'
    message: 'Doppler token in the text: never send credentials'
    examples:
      fire:
        - 'dp.pt.XkT7sbgj6pjjZMWBq6n8RiOyOjJOQZisb7TmLagTsLa'
        - 'dp.st.prod.7EbsDe0G9Cryn687neLfjVHq8xiM0OGr4hTxoF54Fzb'
      pass:
        - 'Doppler manages config.'
  - id: secret.pulumi
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'pul-'
    patterns:
      - '\bpul-[a-f0-9]{40}\b'
    message: 'Pulumi token in the text: never send credentials'
    examples:
      fire:
        - 'pul-b3886e57a4f4e21616b8163f37d6b8f0c32d2de4'
      pass:
        - 'Deploys use Pulumi.'
  - id: secret.jwt
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'eyj'
    patterns:
      - '\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}'
    message: 'JSON web token in the text: never send credentials'
    examples:
      fire:
        - 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.83X_Q5aC-Jy6xIf6q_F4bYlJWVLszg1GVl2w8Utgstj'
      pass:
        - 'A JWT starts with eyJ.'
  - id: secret.private-key
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'private key'
    patterns:
      - '-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s:,-]{0,8000}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)?'
    message: 'private key block in the text: never send credentials'
    examples:
      fire:
        - '-----BEGIN RSA PRIVATE KEY-----'
        - '-----BEGIN OPENSSH PRIVATE KEY-----'
        - '-----BEGIN PGP PRIVATE KEY BLOCK-----'
      pass:
        - 'Keep your private key private.'
  - id: secret.gcp-private-key-json
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - '"private_key"'
    patterns:
      - '"private_key"\s*:\s*"-----BEGIN'
    message: 'private key in JSON in the text: never send credentials'
    examples:
      fire:
        - '"private_key": "-----BEGIN PRIVATE KEY-----\nMIIE"'
      pass:
        - 'Private keys stay with you.'
  - id: secret.database-url
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - '://'
    patterns:
      - '\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|jdbc:[a-z]+|clickhouse|cockroachdb|snowflake|ftp|sftp|smtp)://[^\s:@/]*:(?<m>[^\s/]{3,}?)@(?=[\w.-]+(?::\d+)?(?:[/?\s]|$))[^\s/]+'
    exceptions:
      - '://[^\s:@/]+:(?:password|pass|pwd|secret|\*+|<[^>]*>|\$\{[^}]*\}|x+|\.\.\.)@'
    message: 'database URL with a password in the text: never send credentials'
    examples:
      fire:
        - 'postgres://admin:S3cr3tPass@db.acme.internal:5432/prod'
        - 'mongodb+srv://app:hunter22@cluster0.abcd.mongodb.net/db'
        - 'redis://:Zq8vK2mX9pLw4rT7@cache.acme.io:6379'
      pass:
        - 'Connect with postgres://localhost:5432/app'
        - 'postgres://user:password@host/db is the format.'
  - id: secret.basic-auth-url
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - '://'
    patterns:
      - '\bhttps?://[^\s:@/]{2,}:(?<m>[^\s@/]{4,})@[a-z0-9.-]+\.[a-z]{2,}'
      # Any other scheme with a user and a password before the host (cloudinary://key:secret@cloud,
      # sftp://, amqp://, nats://, a vendor's own scheme): the host need not have a dot.
      - '\b(?!https?://)[a-z][a-z0-9+.-]{2,20}://[^\s:@/]{2,}:(?<m>[^\s@/]{6,})@[\w.-]{2,}'
    exceptions:
      - '://[^\s:@/]+:(?:password|pass|pwd|secret|\*+|<[^>]*>|x+)@'
    message: 'URL with a user name and password in the text: never send credentials'
    examples:
      fire:
        - 'https://admin:Winter2024!@portal.acme.com/login'
        - 'CLOUDINARY_URL=cloudinary://187947801478179:N-M8xkj7iNKhTm_1h_Cuv6tGU-9@kestrel-media'
      pass:
        - 'https://ourco.com/pricing'
        - 'The format is cloudinary://<api_key>:<api_secret>@<cloud_name>.'
        - 'Connect with nats://user:password@localhost:4222 in the quick-start.'
  - id: secret.password-assignment
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'password'
      - 'passwd'
      - 'passcode'
      - 'pwd'
      - 'pw'
      - 'pass'
      - 'api_key'
      - 'api key'
      - 'api-key'
      - 'apikey'
      - 'secret key'
      - 'secret_key'
      - 'access token'
      - 'access_token'
      - 'auth token'
      - 'auth_token'
    patterns:
      - {regex: '(?<![\p{L}])(?i:[şŞ]ifre|sifre|parola|contraseña|contrasena|senha|passwort|kennwort|mot de passe|wachtwoord|lösenord|adgangskode|passord)\s*[:=]\s*(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_.])(?![<\[(]|\*(?:\*|$)|x{3,}|X{3,}|\.{3})[^\s,;"”]{4,64})', keywords: ['şifre', 'sifre', 'parola', 'contraseña', 'contrasena', 'senha', 'passwort', 'kennwort', 'mot de passe', 'wachtwoord', 'lösenord', 'adgangskode', 'passord']}
      - {regex: '(?i:\b(?:use|enter|type|log in with|sign in with))\s(?<m>(?=\S*[A-Z])(?=\S*[a-z])(?=\S*\d)(?=\S*[!@#$%^&*?])[^\s,;]{8,40})\s(?i:(?:the first time|to log in|to sign in|when (?:you )?(?:log|sign) in|as (?:the|your) (?:initial |temporary )?password))\b', keywords: ['use', 'enter', 'type', 'log in with', 'sign in with']}
      - {regex: '\|\s*(?i:(?:auth |admin |root |user |wifi |wi-fi |default |initial |temp(?:orary)? |vpn |portal )?(?:password|passwd|passcode|pwd))\s*\|\s*(?<m>(?=[^\s|]*[0-9!@#$%^&*])(?![<*\[(])[^\s|]{6,64})\s*\|', keywords: ['password', 'passwd', 'passcode', 'pwd']}
      - {regex: '(?i:\b(?:privatekey|presharedkey|private_key|preshared_key))\s*=\s*(?<m>[A-Za-z0-9+/]{42,43}=)', keywords: ['privatekey', 'presharedkey', 'private_key', 'preshared_key']}
      # Not a meeting's passcode on the line under its ID ("Meeting ID: 845 2291 0037\nPasscode: 118204", forty-fourth session, OV).
      - '${UNDER_MEETING_LINK}(?i:\b(?:password|passwd|passcode|pwd|pw|pass|api[_ -]?key|secret[_ ]key|access[_ ]token|auth[_ ]token))\s*[:=]\s*(?:(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_.A-Z])(?![<\[(]|\*(?:\*|$)|x{3,}|X{3,}|\.{3}|https?://|www\.)[^\s,;"”]{4,64})'
      - {regex: '(?i:\b(?:pre-?shared key|psk|shared secret|passphrase|pass phrase|vpn key|wi-?fi password)\b(?: is)?\s*[:=]?\s*(?=[^\s,;"”]*[0-9])(?=[^\s,;"”]*[a-z])(?=[^\s,;"”]*[A-Z])[^\s,;"”]{8,64})', keywords: ['shared key', 'preshared', 'psk', 'shared secret', 'passphrase', 'pass phrase', 'vpn key', 'password']}
    exceptions:
      - '(?i:[:=]\s*(?:var|local|locals|env|vars|secrets|data|module|process\.env|os\.environ|settings)\.[a-z_][\w.]*(?=\s|$|[,;#)]))'
      - '(?i:\b(?:expo|event|conference|day|free|vip|guest|visitor|exhibitor|exhibition|all-access|badge|show|season|boarding|hall|festival|weekend|education|full|complimentary|ticket|access|trial|weekly|monthly|annual) pass(?:es)?\s*[:=])'
      - '(?i:\b(?:hall|boarding|bus|day|season|guest|visitor|free|all-access|vip|press|backstage|gate|event|ski|library|digital hall) pass\s*:|\bpass\s*:\s*(?:[\w-]+\.)+(?:com|org|net|io|co|edu|gov|ai|app|dev|uk|ca|au|nz|us)/)'
      - 'https?://[^\s]*(?:zoom\.us|webex\.com|teams\.microsoft\.com|teams\.live\.com|gotomeeting\.com|bluejeans\.com)/[^\s]*[?&](?:pwd|pw|passcode|password)='
      - '(?i:\b(?:meeting|webinar|zoom|webex|teams call|dial[- ]?in|conference|bridge)\b[^\n]{0,120}\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b|\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b[^\n]{0,120}\b(?:meeting|webinar|zoom|webex|dial[- ]?in|conference))'
      - '\b(?:password|pwd|pw)\s*[:=]\s*(?:n/a|none|tbd|same as|\(|<)'
      - '(?i:[:=]\s*["\x27]?(?:your[_-]?[a-z_-]*|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|example[a-z_-]*|placeholder|changeme|redacted|x{6,}|\*{4,})(?:["\x27\s.,;]|$))'
    message: 'a password or key written in the text: never send credentials'
    examples:
      fire:
        - 'Contraseña: Tapas2024!'
        - 'Şifre: Kahve*913ist'
        - 'For the kiosk admin, use BlueHarbour!88 the first time and then change it.'
        - '| Auth password | 9vK!m2Qz#Lt6 |'
        - 'PrivateKey = oK3mW9qLx2Vt7YbN4cRz8HpE1sJf6GdU0aTiXkPnQ1M='
        - 'The pre-shared key is: vQ7m%rTTen6J&98x9l0EK'
        - 'password: hunter2!'
        - 'PW: Winter2024'
        - 'Zoom admin password: Tr4vel!ng22'
        - 'api_key=9f8e7d6c5b4a39281706'
        - 'Temp pwd = Acme#2024'
      pass:
        - 'Contraseña: la que usted eligió al registrarse.'
        - 'Use your own SSO login the first time.'
        - '| Password | ******** |'
        - '| Password | set by you on first login |'
        - 'PrivateKey = <paste your key here>'
        - '  api_key = var.ourco_api_key  # from your secret store, never committed'
        - 'If you haven''t grabbed a badge yet, here''s a code for a free expo pass: OURCO25.'
        - 'The pre-shared key is in the vault entry we set up together; I won''t send it by email.'
        - 'As promised, here''s a short video of our digital hall pass: ourco.com/demo/hallpass.'
        - 'Your visitor pass: collect it at reception on arrival.'
        - 'Password: (the one you chose at signup)'
        - 'password: ********'
        - 'Join the public product webinar on Zoom — Meeting ID: 843 2291 0057, Passcode: 118822.'
        - 'Zoom meeting passcode: 559031, see you Thursday.'
        - 'Join here: https://ourco.zoom.us/j/8123456789?pwd=Zk9xQ2LmN3pR7tVwY1bC4dE6'
        - 'The CLI will prompt you with password: <your password> the first time.'
        - 'Reset your password: it takes a minute.'
  - id: secret.password-in-prose
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'password'
      - 'passwd'
      - 'passcode'
      - 'pwd'
      - 'pw '
      - 'pass '
      - 'passphrase'
      - 'pass phrase'
    patterns:
      - '(?i:\b(?:password|passwd|passcode|passphrase|pass phrase|pwd|pw|pass)\b)(?:\s+(?i:(?:for|to|on) (?:the |your |our )?[a-z0-9-]+(?: [a-z0-9-]+){0,2}))?\s+(?i:is|was|will be|would be|should be|set to|reset to|changed to|remains|=|:|-)\s*(?i:(?:now|still|just|simply)\s+){0,2}(?i:(?:the (?:default|one|temporary|temp|usual|same|initial)(?: one)?(?: (?:i|we) (?:set|set up|gave you|chose|created|picked))?|what (?:i|we) set(?: up)?)\s*[,:-]?\s+)?["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{4,64})'
      - '(?i:\b(?:temp(?:orary)?|new|initial|default|one-time|admin)\s+(?:password|pwd|passcode|pw))\s+["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{4,64})'
      - '(?i:\b(?:with|using|use|enter|type) (?:the |this |my |a |your )?(?:password|passwd|passcode|passphrase|pw|pwd|pass))\s+["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{4,64})'
      # "the password your team set is Br0ncos!Shift-88", "WPA2 key: Lw8#vQ2n!Hx7pR".
      - '(?i:\b(?:password|passwd|passcode|passphrase|pwd)\s+(?:that |which )?(?:(?:your|the|our|my|their) (?:[a-z-]+ ){0,2}?(?:team|admin|manager|colleague|department|it|office)|you|we|i|they) (?:set|chose|picked|created|set up|use|uses|gave (?:us|me)|shared)\s+(?:is|was|=|:)\s+)["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{4,64})'
      - {regex: '(?i:\b(?:wpa2?|wpa3|wi-?fi|wireless|network|guest network) (?:key|passphrase|psk)\b)\s*(?::|=|\s+is\s+)\s*["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{8,63})', keywords: ['wpa', 'wi-fi', 'wifi', 'wireless', 'network']}
    exceptions:
      - '${PRICED_PASS}'
      - '(?i:\b(?:meeting|webinar|zoom|webex|teams call|dial[- ]?in|conference|bridge)\b[^\n]{0,120}\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b|\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b[^\n]{0,120}\b(?:meeting|webinar|zoom|webex|dial[- ]?in|conference))'
    message: 'a password given in a sentence: never send credentials'
    examples:
      fire:
        - 'and the password your team set is Br0ncos!Shift-88'
        - 'WPA2 key: Lw8#vQ2n!Hx7pR'
        - 'the username is trial-admin and the password is still the default I set, Ourco!Trial2024'
        - 'The login is jsmith and the password is Hunter2!'
        - 'Your temporary password is Welcome2024! for now.'
        - 'the password for the sandbox account is acme-demo-77'
        - 'Temp password Spring#2025 works until Friday.'
      pass:
        - 'The Wi-Fi key is on the card at reception.'
        - 'The password you set is stored hashed; we never see it.'
        - '- 1x Bluetooth printer for the pass — $229'
        - 'Your password is the one you set during signup.'
        - 'The password is never shared with us.'
        - 'Password managers like 1Password are supported.'
        - 'A password reset takes 2 minutes.'
  - id: secret.credential-pair
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'user'
      - 'login'
      - 'credential'
      - 'creds'
      - 'sign in'
      - 'log in'
      - 'username'
    patterns:
      - {regex: '(?i:\b(?:log ?in|sign ?in|login)\b)(?:[^.\n]|\.(?=\S)){0,80}?\bwith\s+(?=[\w.@+-]*[._@\d])[\w.@+-]{3,40}\s*/\s*["“]?(?<m>(?=[^\s,;"”]*[A-Za-z])(?=[^\s,;"”]*(?:[!@#$%^&*+=?~]|[A-Z][^\s,;"”]*\d|\d[^\s,;"”]*[A-Z]))[^\s,;"”]{6,64})', keywords: ['log in', 'login', 'sign in', 'log-in']}
      - '(?i:\b(?:username|user name|user|login|user id|email))\s*[:=]\s*\S+\s*(?:/|,|;|\||and|\n)\s*(?i:(?:the\s+)?(?:password|passwd|pwd|pw|pass|passcode))\s*(?:[:=]|is)?\s*["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{4,64})'
      - '(?i:\b(?:credentials?|creds|login details|log-?in|sign-?in)\b)\s*(?i:are|is|:|=|-)\s*[^\s/]{2,}\s*(?:/|\||:)\s*["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{4,64})'
      - '(?i:\buser(?:name)?\s*/\s*pass(?:word)?)\s*[:=]?\s*[^\s/]+\s*/\s*["“]?(?<m>(?=[^\s,;"”]*[0-9!@#$%^&*+=?~_])(?![<*\[(]|x{3,}|\.{3})[^\s,;"”]{4,64})'
      # "The shared account is ops@acme.example / Summer!2025": an address and a password beside it.
      - {regex: '(?i:\b(?:account|log ?in|login|sign ?in|user(?:name)?|access|credentials?|creds)\b)[^.\n]{0,40}?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*/\s*["“]?(?<m>(?=[^\s,;"”]*[A-Za-z])(?=[^\s,;"”]*(?:[!@#$%^&*+=?~]|[A-Z][^\s,;"”]*\d|\d[^\s,;"”]*[A-Z]))[^\s,;"”]{6,64})', keywords: ['@']}
    exceptions:
      # A config's stand-in for the reader's own value ("password: YOUR_MQTT_PASSWORD").
      - '(?i:\b(?:password|passwd|pwd|pass|username|user)${STAND_IN_VALUE})'
    message: 'a user name and password in the text: never send credentials'
    examples:
      fire:
        - 'Log in at https://portal.ourco.com with sanne.test / Tulp3n!Portal and book a fake appointment.'
        - 'username: jsmith / pw: Hunter2!'
        - 'Credentials: jsmith / Summer2025!'
        - 'user/pass: demo/Demo1234'
        - 'Login: admin | Acme!2024'
      pass:
        - 'Log in with your work email / SSO as usual.'
        - 'Sign in with Google / Microsoft365 from the login page.'
        - 'Log in with your Okta account.'
        - 'Your login: the work email you signed up with.'
  - id: secret.generic-api-key
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'key'
      - 'apikey'
      - 'token'
      - 'secret'
      - 'bearer'
      - 'credential'
    patterns:
      - {regex: '(?<m>\brzp_(?:live|test)_[A-Za-z0-9]{14})\b', keywords: ['rzp_']}
      - {regex: '(?i:\bkey[_ -]?secret\b)(?:\s+(?i:is|was|=|:|-)|\s*[:=(])?\s*["\x27“]?(?<m>[A-Za-z0-9_+/=-]{20,})', keywords: ['key_secret', 'key secret', 'key-secret', 'keysecret']}
      - {regex: '(?<m>\b(?i:recovery|backup|2fa|mfa|one-time|otp|reset) codes?\b(?: is| are|:)?\s*\d{4}(?:[- ]\d{4}){1,4})', keywords: ['recovery code', 'backup code', '2fa code', 'mfa code', 'one-time code', 'otp code', 'reset code']}
      - {regex: '(?<m>\b[a-z][a-z0-9]{1,11}_(?:live|prod|production|test|svc|service|sk|pk|api|key|secret|token|pat|rk|rt|at|refresh|access)_[A-Za-z0-9]{24,64})\b', keywords: ['_live_', '_prod_', '_production_', '_test_', '_svc_', '_service_', '_sk_', '_pk_', '_api_', '_key_', '_secret_', '_token_', '_pat_', '_rk_', '_rt_', '_at_', '_refresh_', '_access_']}
      - '(?i:\b(?:api[_ .-]?key|apikey|secret(?:[_ -]?key)?|client[_ -]?secret|access[_ -]?(?:key|token)|auth(?:orization)?[_ -]?(?:key|token)|bearer|private[_ -]?token|refresh[_ -]?token|signing[_ -]?key|webhook[_ -]?secret|token))\b["\x27”]?(?:\s+(?i:is|was|=|:|-)|\s*[:=(])?\s*["\x27“]?(?<m>[A-Za-z0-9_+/=-]{20,})'
      - '(?i:\b(?:api[_ -]?key|apikey|access[_ -]?(?:key|token)|auth[_ -]?token|secret(?:[_ -]?key)?|client[_ -]?secret|token)\b)[^.!?\n()]{0,40}\(\s*(?<m>[A-Za-z0-9_+/=-]{24,})\s*\)'
      # A provider's key named by what it does: "Segment write key Q8mZr3TkV1pX9cLw7NbY2fHs6DgJ4aE0", "ingest key …".
      - {regex: '(?i:\b(?:write|read|ingest|ingestion|server|publishable|master|admin|license|licence|project|workspace|source|tracking|install|deploy|service)[_ -]key\b)["\x27”]?(?:\s+(?i:is|was|=|:|-)|\s*[:=(])?\s*["\x27“]?(?<m>(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])[A-Za-z0-9_-]{24,})', keywords: ['key']}
    exceptions:
      - '\b(?:example|placeholder|your[_-]?(?:api[_-]?)?key|your[_-](?:[a-z0-9]+[_-]){0,3}(?:key|token|secret|password)\b|redacted|xxxxxxxx)'
      - 'https?://\S*[?&#][\w.-]*(?:token|key|secret|sig|signature|code|auth)[\w.-]*='
      - '[a-z0-9]_your_(?:[a-z]+_)?(?:key|token|secret)\b'
    validator: 'entropy'
    min_entropy: 3.5
    message: 'a high-entropy token next to a key word: looks like a credential'
    examples:
      fire:
        - 'Refresh token for the Xero sync: xero_rt_8d2f7a4c9e1b6d3f0a5c8e2b7d4f1a9c6e3b0d7f'
        - 'If you get locked out, use the recovery code 4471-9920-3318-7756.'
        - 'Here''s the production key: ok_live_7f3a9c2e51b84d07a6e1c93f0b2d8e44'
        - 'paste it into the Zapier step directly: ok_svc_91d4f7a2c6e03b85d1f9a4c7e2b06d38'
        - 'Your Plaid secret (8d3f7a1c9e2b5f0d4a6c8e1b3d7f9a2c) goes in the sandbox settings.'
        - 'Here is the API key: 9f8Ke2LmQ4xR7tV1bN6cZ3wH'
        - 'Use bearer eyZ8k2LmQ4xR7tV1bN6cZ3wHa9 for now'
        - 'the token is 4b7Qx9Lm2Vt8Rk3Nw6Jp'
        - 'Algolia App ID YGH48M11FJ, Admin API key 0580d0816bc5937003fd9cd630313041 - backend only please.'
        - '{"api_key": "a9f3b2c8d7e6f5a4b3c2d1e0f9a8b7c6", "region": "us-east-1"}'
        - '{"apiKey": "a9f3b2c8d7e6f5a4b3c2d1e0f9a8b7c6"}'
      pass:
        - 'Recovery codes are shown once when you turn on 2FA; store them in your password manager.'
        - 'Your Plaid secret (the one in the dashboard) goes in the sandbox settings.'
        - 'The API key lives in your admin console.'
        - 'Tokens rotate every 90 days.'
        - 'Our access key management is SOC 2 audited.'
  - id: secret.env-assignment
    kind: secret
    severity: critical
    case_sensitive: true
    keywords:
      - 'key'
      - 'token'
      - 'secret'
      - 'password'
      - 'pass'
      - 'pwd'
      - '_key'
      - '_token'
      - '_secret'
      - '_password'
      - '_pass'
      - '_pwd'
      - 'credential'
      - '_credential'
    patterns:
      - '\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_?(?:API_KEY|KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|PWD|CREDENTIALS?)\s*[=:]\s*["\x27]?(?<m>[^\s"\x27,;]{8,})'
    exceptions:
      - '(?:not[-_]?real|fake|dummy|example|sample|placeholder|changeme|test[-_]key)'
      - '=\s*["\x27]?(?:<|\$\{|\$\(|your|changeme|example|xxx|\*\*\*)'
      - '=\s*["\x27]?[^\s<"\x27]*<[^<>\n]{1,40}>'
    validator: 'entropy'
    min_entropy: 2.8
    message: 'a key or password assigned in the text: never send credentials'
    examples:
      fire:
        - 'STRIPE_SECRET_KEY=4b7Qx9Lm2Vt8Rk3N'
        - 'TWILIO_AUTH_TOKEN=4178b3334af0bff3c37fd3b7d73e3171'
        - 'DB_PASSWORD: Pa55word!x'
      pass:
        - '  export OURCO_API_KEY=test-key-not-real'
        - 'Set API_KEY=<your key> in the env file.'
        - 'Set api_key=YOUR_API_KEY in the config.'
        - 'MAX_TOKEN=1000000 is the default.'
        - 'Run export STRIPE_SECRET_KEY=sk_test_<your test key> before starting the sample app.'
  - id: secret.databricks
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['dapi', 'dose']
    patterns:
      - '\b(?:dapi|dose)[a-f0-9]{32}(?:-\d)?\b'
    message: 'Databricks token in the text: never send credentials'
    examples:
      fire: ['Databricks token: dapi6bd0c621de49f145fda9988c79fc3552-2']
      pass: ['We connect to Databricks through a service principal.', 'dapi is the prefix Databricks uses.']
  - id: secret.docker-hub
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['dckr_']
    patterns:
      - '\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{24,40}\b'
    message: 'Docker Hub access token in the text: never send credentials'
    examples:
      fire: ['dckr_pat_Zmti18c6EudM7Oyf5TNS05kOY2o']
      pass: ['Pull the image from Docker Hub.']
  - id: secret.grafana
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['glsa_', 'glc_']
    patterns:
      - '\bglsa_[A-Za-z0-9]{32}_[a-f0-9]{8}\b'
      - '\bglc_[A-Za-z0-9+/]{32,400}={0,2}'
    message: 'Grafana token in the text: never send credentials'
    examples:
      fire: ['glsa_zVZxqyxKjxvWfColNV9ds0HqtO93L7Q5_a01749dd', 'glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrLTEyMzQ1Ni1obS1yZWFkIn0=']
      pass: ['Our Grafana dashboards show review latency.']
  - id: secret.slack-app-token
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['xapp-']
    patterns:
      - '\bxapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{60,64}\b'
      - '(?i:\bxapp-\d-[a-z0-9]{9,12}-\d{10,14}-[a-f0-9]{60,64}\b)'
    message: 'Slack app-level token in the text: never send credentials'
    examples:
      fire: ['xapp-1-A0123BCDEFG-9393600320036-34369aad80b891baf90d0d3bf16295d06910bf3f5fb85967f532f3ab3cc2d0b6']
      pass: ['Install the Slack app from the directory.']
  - id: secret.planetscale
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['pscale_']
    patterns:
      - '\bpscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.=-]{32,64}'
    message: 'PlanetScale credential in the text: never send credentials'
    examples:
      fire: ['pscale_pw_tVz89HoZ9zDnki7XeZZOmEPJUo09jwQO10Y0ADsWJPi']
      pass: ['We support PlanetScale and Neon.']
  - id: secret.render-fly-1password
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['rnd_', 'flyv1', 'fm1', 'fm2', 'ops_ey']
    patterns:
      - '\brnd_[A-Za-z0-9]{32}\b'
      - '\bFlyV1 fm[12][ar]?_[A-Za-z0-9+/=,_-]{40,}'
      - '\bops_eyJ[A-Za-z0-9+/=_-]{60,}'
    message: 'Render, Fly.io or 1Password service token in the text: never send credentials'
    examples:
      fire: ['rnd_X1EwY2orTyRqBRlEaZUZrwpPtuEFBNOf', 'FlyV1 fm2_Q5xj7t2ydf0K5uY8iH1wOLaQan8ePsqMgLj2olXCwYjn5zYIkN5SMYfQ55', 'ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7']
      pass: ['We deploy on Render and Fly.io.', 'Our ops_team channel is in Slack.']
  - id: secret.terraform-cloud
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['.atlasv1.']
    patterns:
      - '\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,90}\b'
    message: 'Terraform Cloud token in the text: never send credentials'
    examples:
      fire: ['tfc token: Xq2Lp8Vt4Rk9Nw.atlasv1.zK3mQ7xR1tV6bN8cZ2wH5jP9sL4dF7gA0yU3iO6eT1rW8qE2nM5bV9cX4zK7hJ3']
      pass: ['We manage infra with Terraform Cloud.']
  - id: secret.provider-more
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['sb_secret_', 'vercel_blob_rw_', 'basic']
    patterns:
      - '\bsb_secret_[A-Za-z0-9_-]{20,}'
      - '\bvercel_blob_rw_[A-Za-z0-9]{16}_[A-Za-z0-9]{30}\b'
      - '(?i:\bauthorization\s*:\s*basic\s+)(?<m>[A-Za-z0-9+/]{16,}={0,2})'
    message: 'Supabase secret key, Vercel Blob token or basic-auth header in the text: never send credentials'
    examples:
      fire: ['sb_secret_Ohq4AUvy7VSLDCD1IfHWGbtMfEbo9ShF', 'vercel_blob_rw_yOHFRuT11NCue1cr_3McRTrKwtPYKbPizDmbX1rpXjYdOhC', 'Authorization: Basic NPkNa1Hedcm4pMbXDuCL1mHoOsFa==']
      pass: ['sb_publishable_abc is safe to ship in a browser.', 'Basic authorization is off by default.']
  - id: secret.prose-credential-more
    kind: secret
    severity: critical
    case_sensitive: true
    keywords: ['password', 'passcode', 'pwd', 'pw ', 'key', 'token', 'secret', 'log in', 'login', 'sign in', 'creds', 'credential']
    patterns:
      - '(?i:\b(?:password|passcode|pwd|pw))\s+(?<m>(?=[^\s,.;]*\d)(?=[^\s,.;]*[A-Za-z])[^\s,.;]{8,})'
      - '(?i:\b(?:log ?in|sign ?in|login|credentials?|creds)\b)[^.\n]{0,30}\b[\w.@-]{2,40}\s*/\s*(?<m>(?=[^\s/]*\d)[^\s/,;]{6,})'
      - '(?i:\b(?:key|token|secret|password)\b)[^.\n:]{0,30}:\s*["\x27]?(?<m>[A-Za-z0-9_+/=-]{24,})'
      - {regex: '(?i:\b(?:api[ _-]?key|key|token|secret|access key|access token|auth token|client secret|bearer token))\b[^.\n:=]{1,30}?\s(?i:is|=|would be|will be)\s+["\x27“]?(?<m>[A-Za-z0-9_+/=-]{20,})', keywords: ['key', 'token', 'secret']}
    exceptions:
      - '(?i:\b(?:publishable key|site key|public key|pk_live_|pk_test_)\b)'
      - '(?i:\b(?:meeting|webinar|zoom|webex|teams call|dial[- ]?in|conference|bridge)\b[^\n]{0,120}\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b|\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b[^\n]{0,120}\b(?:meeting|webinar|zoom|webex|dial[- ]?in|conference))'
      - '(?i:\b(?:example|placeholder|your[_-]?(?:api[_-]?)?key|redacted|xxxxxxxx))'
    validator: 'entropy'
    min_entropy: 2.8
    message: 'a credential given in a sentence: never send credentials'
    examples:
      fire:
        - 'Here are the sandbox creds: username sam@ourco.com, password C3J27XDCG2'
        - 'You can log in with demo / SOcMz9CPV'
        - 'Log in at https://app.acme.io/login with password Xk29Lm4Qp7'
        - 'Use this key for the trial: 3cd6089065c3146e80a9c222670bbe4f4c549776'
        - 'Cloudflare global key: f80b9465aef7ac86d66c7a644fb12853ef86d'
        - 'Key for the sandbox is 8f4Kq2Lm9Xv3Rt7Nw5Jp1Zx.'
        - 'The token for your trial workspace is 9Xv3Rt7Nw5Jp1Zx8f4Kq2Lm.'
      pass:
        - 'Our publishable key for the embedded checkout is pk_live_51NvQ2kLm8TzXb0c4RgHw9yUePq — it is safe in front-end code.'
        - 'reCAPTCHA site key for the form embed: 6LcQ2xUpAAAAAJ8kM0aPublicSiteKeyForEmbed (the secret key stays on our server).'
        - 'Your password manager 1Password works with SSO.'
        - 'Reset your password at ourco.com/reset.'
        - 'Log in with SSO / SAML at app.ourco.com.'
        - 'The key takeaway for Q3: reviewers approve 90% of drafts in Slack.'
        - 'Pricing for the token plan: see ourco.com/pricing/tokens-and-seats-2025.'
        - 'The key for most teams is consistency across all reps.'
  - id: secret.prose-password-forms
    kind: secret
    severity: critical
    description: 'a password in the many ways people write one: "p/w:", "Password (case-sensitive):", "I reset your password to …", "sign in with x and y", "u: x p: y", "creds are x and y", a passphrase, curl -u'
    case_sensitive: true
    patterns:
      - {regex: '(?i:password) (?:is|was) (?:still )?the (?:one|same one|same) (?:we|you|i|they) (?:set|chose|used|created|gave|picked)[^,.\n]{0,40},\s*(?<m>(?=[^\s,;]*\d)(?=[^\s,;]*[A-Za-z])[^\s,;]{5,40})', keywords: ['password']}
      - {regex: '(?i:password) (?:you|we|i|they|she|he) (?:read out|gave|sent|shared|told|set|chose|mentioned|dictated)[^—–,\n]{0,40}?\s[—–-]{1,2}\s*(?<m>(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[^\s,;]{5,40}?)\s*[—–-]{1,2}\s', keywords: ['password']}
      - {regex: '["“''‘](?<m>[^"”''’\s]{6,40})["”''’] (?i:when|if|once|as soon as) (?i:it|the (?:[\w-]+ ){0,2}(?:portal|app|site|system|login page|page|screen|prompt|installer|wizard)) (?i:asks|prompts) (?i:you )?(?i:for) (?i:the|a|your) (?i:password|passcode|passphrase|pin)\b', keywords: ['asks for the password', 'asks for a password', 'asks for your password', 'prompts for the password', 'prompts you for the password', 'asks for the passcode', 'asks for the pin']}
      - {regex: '${UNDER_MEETING_LINK}(?i:\b(?:password|passwd|passcode|pass code|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass|secret))\s*(?:\([^)\n]{0,30}\)\s*)?(?i:is\s*:|is|was|:|=|->|=>|-{1,2}>?|→|⇒|➜|''s)\s*["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['password', 'passwd', 'passcode', 'pass code', 'passphrase', 'pass phrase', 'pwd', 'pw', 'p/w', 'pswd', 'psw', 'pword', 'p-word', 'pass', 'secret']}
      - {regex: '(?i:\b(?:set|reset|changed?|updated?)\s+(?:your |the |his |her |their |my |its |our )?(?:[a-z-]+ )?(?:password|passwd|passcode|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass)\s+(?:to|as))\s+["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['password', 'passwd', 'passcode', 'pass code', 'passphrase', 'pass phrase', 'pwd', 'pw', 'p/w', 'pswd', 'psw', 'pword', 'p-word', 'pass']}
      - {regex: '(?i:\b(?:sign|log)\s?-?in\s+(?:with|using|as)\s+)[\w.@+-]{2,64}\s*(?:\s(?:and|using|with)|/|,|\|)\s+(?:(?i:(?:password|passwd|passcode|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass))\s+)?["“\x27\x60]?${PASSWORD_VALUE}', keywords: ['sign in', 'sign-in', 'signin', 'log in', 'log-in', 'login']}
      - {regex: '(?<![/\w.@+:-])\b[\w.@+-]{2,64}\s*/\s*["“\x27\x60]?${PASSWORD_VALUE}\s+(?i:to (?:log|sign|get|access)|for (?:the |your |our )?(?:[a-z-]+ )?(?:workspace|sandbox|account|portal|demo|trial|instance|environment|tenant|login|admin|console|dashboard))', keywords: ['workspace', 'sandbox', 'account', 'portal', 'demo', 'trial', 'instance', 'environment', 'tenant', 'login', 'admin', 'console', 'dashboard', 'to log', 'to sign', 'to get', 'to access']}
      - {regex: '\b[\w.+-]+@[\w-]+\.[\w.]+\s*/\s*["“\x27\x60]?${PASSWORD_VALUE}', keywords: ['@']}
      - {regex: '(?i:\b(?:creds|credentials|login|log-?in details|login details|sign-?in details|login info)\s*(?:are|is|:|=)\s+)[\w.@+-]{2,64}\s*(?:\s(?:and|&|\+)|,)\s+["“\x27\x60]?${PASSWORD_VALUE}', keywords: ['creds', 'credentials', 'login', 'log-in', 'log in', 'sign-in', 'sign in']}
      - {regex: '(?i:\b(?:u|un|usr|user|username|login|id)[:=]\s*|\b(?:usr|user|username|login)\s+[:=]\s*)[\w.@+-]{2,64}\s*[,;|/]?\s*(?i:p|password|passwd|passcode|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass)\s*[:=]\s*["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['u:', 'u=', 'un:', 'un=', 'usr', 'user', 'login', 'id:', 'id=']}
      - {regex: '(?i:\b(?:user(?:name)?|login|un)\s+)[\w.@+-]{2,64}\s+(?i:(?:password|passwd|passcode|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass))\s+["“\x27\x60]?${PASSWORD_VALUE}', keywords: ['user', 'login', 'un ']}
      - {regex: '(?i:\b(?:passphrase|pass phrase|password|passwd|pw|pwd)\s+(?:is|:|=)\s*["“]?)(?<m>(?!(?:easy|hard|set|case|one|two|self|auto|user|end|up|top|well|long|all)-)[a-z]+(?:-[a-z]+){2,})', keywords: ['passphrase', 'pass phrase', 'password', 'passwd', 'pw', 'pwd']}
      - {regex: '(?i:\b(?:code|key|pass|password)\s+)["“\x27\x60]?${PASSWORD_VALUE}\s+(?i:to (?:get in|log in|sign in|access|unlock|enter))', keywords: ['code', 'key', 'pass']}
      - {regex: '(?i:\bcurl\b[^\n]{0,40}\s-u\s+)[\w.@-]+:(?<m>[^\s@]{4,})', keywords: ['curl']}
      - {regex: '(?i:\b(?:password|passwd|passcode|pass code|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass|secret)\s+(?:for|to|on|of)\s+(?:the |your |our |this |that )?(?:[\w-]+ ){0,2}?[\w-]+\s*(?::|=|->|→))\s*["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['password', 'passwd', 'passcode', 'pass code', 'passphrase', 'pass phrase', 'pwd', 'pw', 'p/w', 'pswd', 'psw', 'pword', 'p-word', 'pass', 'secret']}
      - {regex: '(?i:\b(?:login|user(?:name)?|un|account)\s+)[\w.@+-]{2,64}\s*[,;]\s*(?i:(?:password|passwd|passcode|pass code|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass))\s+["“\x27\x60]?${PASSWORD_VALUE}', keywords: ['login', 'user', 'un ', 'account']}
      # (Not a web address without its scheme: "syre.pl/rec/7Hq2 (The link works for 14 days; no login needed.)", fifty-third session, NAD.)
      - {regex: '(?<![/\w.@+:-])\b(?![\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|co|pl|de|fr|es|it|nl|uk|us|ca|au|jp|cn|in|br|mx|ch|at|be|se|no|dk|fi|pt|gr|tr|ru|ua|cz|sk|hu|ro|bg|hr|si|ie|nz|za|sg|my|th|vn|id|ph|kr|tw|hk|ae|sa|qa|eg|ma|ke|ng|app|dev|ai|cloud|biz|info|eu|gov|edu|ly|me|tv|link|page|site|online|store|tech)\s*/)[\w.@+-]{2,64}\s*/\s*["“\x27\x60]?${PASSWORD_VALUE}\s*\((?i:[^)]{0,40}(?:login|log in|sign in|password|change it|reset|temporary|temp))', keywords: ['login', 'log in', 'sign in', 'password', 'change it', 'reset', 'temporary', 'temp']}
      - {regex: '["“\x27\x60]?${PASSWORD_VALUE}\s+(?i:as (?:the |your |a )?(?:password|pw|pwd|pass|passcode))\b', keywords: ['password', 'pw', 'pwd', 'pass', 'passcode']}
      - {regex: '(?i:\b(?:type|enter|use|paste)\s+)["“\x27\x60]?${PASSWORD_VALUE}\s+(?i:when|if|at|once)\b[^.\n]{0,30}(?i:password|passcode|pw)', keywords: ['password', 'passcode', 'pw']}
      - {regex: '(?i:\b(?:password|passwd|passcode|pass code|passphrase|pass phrase|pwd|pw|p/w|pswd|psw|pword|p-word|pass))\s*,\s*["“\x27\x60]?${PASSWORD_VALUE}\s*,', keywords: ['password', 'passwd', 'passcode', 'pass code', 'passphrase', 'pass phrase', 'pwd', 'pw', 'p/w', 'pswd', 'psw', 'pword', 'p-word', 'pass']}
      - {regex: '(?i:\b(?:u|un|user|username|login)\s*/\s*(?:p|pw|pwd|pass|password)\s*[:=]?\s*)[^\s/]+\s*/\s*["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['u/p', 'un/p', 'user/p', 'username/p', 'login/p', 'u / p', 'user / p', 'login / p']}
      - {regex: '\b["“\x27\x60]?(?<m>(?=[^\s]*[A-Za-z])(?=[^\s]*\d)(?=[^\s,;"”\x27\x60]*[0-9!@#$%^&*+=?~_])(?=[^\s,;"”\x27\x60]*[A-Za-z])(?![<*\[(]|x{3,}|X{3,}|\.{3}|(?i:https?://|www\.))[^\s,;"”\x27\x60]{4,64})["”\x27\x60]?\s+(?i:is|was|will be|would be) (?i:(?:the|your|our|its|their|a|an|my) )?(?i:(?:new |temporary |temp |initial |default |one-time |admin |demo |sandbox |trial )?(?:password|passwd|passcode|pass code|passphrase|pwd|pw|pswd|pass))\b(?!(?i: ?(?:manager|managers|policy|policies|field|reset|vault|app|tool|requirements?|rules?|length|strength|hint|prompt|screen|page|protected|-protected|less)))', keywords: ['password', 'passwd', 'passcode', 'pass code', 'passphrase', 'pwd', 'pw', 'pswd', 'pass']}
      - {regex: '(?i:\b(?:password|passwd|passcode|pass code|passphrase|pwd|pw|pswd|pass)\?)\s*["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['password?', 'passwd?', 'passcode?', 'pwd?', 'pw?', 'pass?']}
      - {regex: '\b[\w.@+-]{2,40}:["“\x27\x60]?(?=[^\s]*[A-Za-z])(?=[^\s]*\d)${PASSWORD_VALUE}\s+(?i:to (?:log|sign|get|access)|for (?:the |your )?(?:[a-z-]+ )?(?:workspace|sandbox|account|portal|demo|trial|login|console|dashboard))', keywords: ['to log', 'to sign', 'to get', 'to access', 'workspace', 'sandbox', 'account', 'portal', 'demo', 'trial', 'login', 'console', 'dashboard']}
      - {regex: '\b[\w.@+-]{2,64}\s+and\s+["“\x27\x60]?(?<m>(?=[^\s]*[A-Za-z])(?=[^\s]*\d)(?=[^\s,;"”\x27\x60]*[0-9!@#$%^&*+=?~_])(?=[^\s,;"”\x27\x60]*[A-Za-z])(?![<*\[(]|x{3,}|X{3,}|\.{3}|(?i:https?://|www\.))[^\s,;"”\x27\x60]{4,64})\s+(?i:should|will|would|to) (?i:get you in|let you in|work|log you in|sign you in)', keywords: ['get you in', 'let you in', 'work', 'log you in', 'sign you in']}
      - {regex: '(?i:\b(?:set|reset|changed?|updated?)\s+(?:[\w.@-]+''s |the |your |his |her |their )?(?:[a-z-]+ )?(?:password|passwd|passcode|pass code|passphrase|pwd|pw|pswd|pass)\s+(?:to|as))\s+["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['set', 'reset', 'change', 'update']}
      - {regex: '(?i:\b(?:password|passwd|passcode|pass code|passphrase|pwd|pw|pswd|pass)\s+(?:has been|was|is|got|have been)\s+(?:re)?set\s+(?:to|as))\s+["“\x27\x60]?${PASSWORD_CODE_VALUE}', keywords: ['password', 'passwd', 'passcode', 'pwd', 'pw', 'pass']}
      # A clause between the word and the value: "the password hasn't changed: Tigers#2026", "same password as before — Tigers#2026".
      - {regex: '(?i:\b(?:password|passwd|passcode|passphrase|pwd)\b)[^\n:—–]{1,50}?(?::|\s[—–]{1,2}|\s-{1,2})\s+["“\x27\x60]?${STRONG_PASSWORD}', keywords: ['password', 'passwd', 'passcode', 'passphrase', 'pwd']}
      # An account and its password as a pair: "connect as vpn-assess-03 / Q9#mTx4r!Lp2" (a strong password: upper and lower case, a digit and a symbol; not a link's path or query).
      - {regex: '(?<![\w./:@-])[a-z][\w@-]{2,40}\s*/\s*(?<m>(?=[^\s/]*[A-Z])(?=[^\s/]*[a-z])(?=[^\s/]*\d)(?=[^\s/]*[!@#$%^*+~])(?![^\s/]*[?=&])[^\s/,;"”]{8,40})(?=[\s.,;)]|$)', keywords: ['/']}
      # A login said to still be, or now be, a password: "the shared login for the payroll portal is still Welcome123!".
      - {regex: '(?i:\b(?:login|log-in|sign-in|password|passcode|pw)\b[^.\n]{0,80}?\b(?:is|are) (?:still |now |currently |just |always )?)["“\x27\x60]?${STRONG_PASSWORD}', keywords: ['login', 'log-in', 'sign-in', 'password', 'passcode', 'pw']}
      # A kind of password named right before it, with no "is" or colon: "temp pass Kx9$mQ2v", "initial password Welcome#2025".
      - {regex: '(?i:\b(?:temp|temporary|initial|default|one-time|first-time|guest|trial|demo|sandbox|admin|root)\s+(?:password|passwd|passcode|pwd|pw|pass))\s+["“\x27\x60]?${PASSWORD_VALUE}', keywords: ['password', 'passwd', 'passcode', 'pwd', 'pw', 'pass']}
    exceptions:
      # "He asked me to pass on his email address: …" (forty-first session, AY).
      - '\bpass on (?:his|her|their|my|the|our|your) (?:e-?mail|email address|address|number|phone|mobile|details|contact details|regards|thanks)\b'
      - '(?i:\b(?:password|passwd|pwd|pass)${STAND_IN_VALUE})'
      - '${PRICED_PASS}'
      - '(?i:#\s?(?:pw|pwd|psw|pass|p)-[\w-]*\d)'
      - '(?i:\b(?:meeting|webinar|zoom|webex|teams call|dial[- ]?in|conference|bridge)\b[^\n]{0,120}\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b|\bpass ?code\s*(?:is\s*)?[:=]?\s*\d{4,11}\b[^\n]{0,120}\b(?:meeting|webinar|zoom|webex|dial[- ]?in|conference))'
      - '(?i:\b(?:example|placeholder|redacted|changeme|your[_-]?password))'
    message: 'a password given in a sentence: never send credentials'
    examples:
      fire:
        - 'I''ve reconnected it with the new password you read out on the phone — Harbor2024!! — so leads should flow again.'
        - 'The admin password is still the one we set at installation, Kumo_4471, so he can log in and re-enter the fixed IP.'
        - 'For the demo tenant, use "Spend2024Demo" when it asks for the password.'
        - 'p/w: Maple86$xua'
        - 'pswd: Maple86$xua'
        - 'Password (case-sensitive): Tr0ub4dor&3'
        - 'Password is: Summer2025!'
        - 'password="hunter22!"'
        - 'Secret: Maple86$xua'
        - 'I reset your password to Welcome123.'
        - 'I''ve set the password to Welcome123 for now.'
        - 'You can sign in with jdoe@acme.com and Maple86$xua.'
        - 'Use admin / admin123! to log in to the sandbox.'
        - 'It''s jdoe / Maple86$xua for the demo workspace.'
        - 'jdoe@acme.com / Maple86$xua'
        - 'Creds are admin and Blue40!cwu.'
        - 'u: jdoe p: ch4ngeMe!'
        - 'user jdoe pass ch4ngeMe!'
        - 'The passphrase is correct-horse-battery-staple.'
        - 'Use the code Maple86$xua to get in.'
        - 'curl -u jdoe:Maple86xua https://api.acme.io'
        - 'Password for the portal: Welcome1!'
        - 'login jdoe, pass Maple86$xua'
        - 'admin / Maple86$xua (change it after first login)'
        - 'Use jdoe as the username and Maple86$xua as the password.'
        - 'Type Welcome1! when it asks for a password.'
        - 'The sandbox password, Maple86$xua, expires Friday.'
        - 'Password → Maple86$xua'
        - 'The password is the same as last time: Tigers#2026'
        - 'Same password as before — Tigers#2026'
        - 'The pass code is 7731-ab.'
        - 'Sign in as jdoe using Maple86$xua.'
        - 'Creds: jdoe, Maple86$xua'
        - 'user/pw: jdoe / Maple86$xua'
        - 'u/p: jdoe / Maple86$xua'
        - 'Maple86$xua is the password.'
        - 'Password? Maple86$xua'
        - 'Use jdoe:Maple86$xua to sign in.'
        - 'jdoe and Maple86$xua should get you in.'
        - 'We set jdoe''s password to Maple86$xua.'
        - 'Password has been set to Maple86$xua.'
      pass:
        - 'The admin password is still the one you set at installation, so nothing changes for your electrician.'
        - '- 1x Bluetooth printer for the pass — $229'
        - 'Choose a password of your own when it asks for the password; ours expire after a day.'
        - 'Thanks for sending over the RFP (#PW-25-00812); I''ve read the signing requirements in section 3.2.'
        - 'As our guest, use the code FIELDDAY-GUEST for a complimentary pass: https://events.ourco.com/field-day-2025/register?code=FIELDDAY-GUEST'
        - 'Your password must be at least 12 characters.'
        - 'Password: see the secure note.'
        - 'Log in with Google / Microsoft, both work.'
        - 'Reach me at sam@ourco.com / 415-555-0198.'
        - 'The password is easy-to-remember-but-strong, per policy.'
        - 'Use the code XMAS2025 to get 10% off.'
        - 'Secret: 100% of drafts are reviewed.'
        - 'Set your password to something only you know.'
        - 'Support is 24/7 on every plan.'
        - 'Password requirements: 12+ characters.'
        - 'Our pass rate is 98% on first review.'
        - 'Reps log in / out of Slack all day.'
        - 'The password''s length must be 12 or more.'
        - 'Sign in with Google using your work account.'
        - 'Login details: use your SSO, no password needed.'
        - 'SSO is the password policy we recommend.'
        - '12 characters is the minimum password length.'
        - 'Password? Use the one you set at signup.'
        - '1Password is the password manager we recommend.'
  - id: secret.provider-extra
    kind: secret
    severity: critical
    description: 'more provider tokens in gitleaks'' shapes: Sentry, Mapbox secret, Asana, Postman, Brevo, Typeform, EasyPost, Dynatrace, X/Twitter bearer, Groq, xAI, Shippo, NuGet, CircleCI, MailerSend, LangSmith, OpenRouter, Figma, ClickUp, Apify, Okta; Google Chat and Zapier webhook URLs'
    case_sensitive: true
    patterns:
      - {regex: 'https?://(?:[\w-]+\.)*(?:hooks?|webhooks?)\.[\w.-]+/(?:[\w-]+/){0,4}(?=(?:[A-Za-z_-]*\d){6})[A-Za-z0-9_-]{32,}|https?://[\w.-]+/(?:[\w-]+/)*(?:hooks?|webhooks?)/(?:[\w-]+/){0,4}(?=(?:[A-Za-z_-]*\d){6})[A-Za-z0-9_-]{32,}', keywords: ['hook.', 'hooks.', 'webhook', '/hook/', '/hooks/']}
      - {regex: '\b[a-z]{2,10}_(?:live|test|prod|sandbox|secret)_(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{16,}\b', keywords: ['_live_', '_test_', '_prod_', '_sandbox_', '_secret_']}
      - {regex: '\bsntry[su]_[A-Za-z0-9_+/=-]{40,}', keywords: ['sntrys_', 'sntryu_']}
      - {regex: '\b(?:sk|tk)\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}', keywords: ['sk.eyj', 'tk.eyj']}
      - {regex: '\b[12]/\d{16}/\d{16}:[a-f0-9]{32}\b', keywords: ['1/', '2/']}
      - {regex: '\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b', keywords: ['pmak-']}
      - {regex: '\bx(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}\b', keywords: ['xkeysib-', 'xsmtpsib-']}
      - {regex: '\btfp_[A-Za-z0-9_.=-]{44,59}', keywords: ['tfp_']}
      - {regex: '\bEZ[AT]K[A-Za-z0-9]{54}\b', keywords: ['ezak', 'eztk']}
      - {regex: '\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b', keywords: ['dt0c01.']}
      - {regex: '\bA{20,}[A-Za-z0-9%]{60,}', keywords: ['aaaaaaaaaaaaaaaaaaaa']}
      - {regex: '\bgsk_[A-Za-z0-9]{52}\b', keywords: ['gsk_']}
      - {regex: '\bxai-[A-Za-z0-9]{80}\b', keywords: ['xai-']}
      - {regex: '\bshippo_(?:live|test)_[a-f0-9]{40}\b', keywords: ['shippo_']}
      - {regex: '\boy2[a-z0-9]{43}\b', keywords: ['oy2']}
      - {regex: '\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b', keywords: ['ccipat_']}
      - {regex: '\bmlsn\.[a-f0-9]{64}\b', keywords: ['mlsn.']}
      - {regex: '\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b', keywords: ['lsv2_']}
      - {regex: '\bsk-or-v1-[a-f0-9]{64}\b', keywords: ['sk-or-v1-']}
      - {regex: '\bfigd_[A-Za-z0-9_-]{40,}', keywords: ['figd_']}
      - {regex: '\bpk_\d{6,10}_[A-Z0-9]{32}\b', keywords: ['pk_']}
      - {regex: '\bapify_api_[A-Za-z0-9]{36}\b', keywords: ['apify_api_']}
      - {regex: '(?i:\bokta\b)[^\n]{0,40}\b(?<m>00[A-Za-z0-9_-]{40})\b', keywords: ['okta']}
      - {regex: 'https://chat\.googleapis\.com/v1/spaces/[A-Za-z0-9_-]+/messages\?key=[A-Za-z0-9_-]+&token=[A-Za-z0-9_%=-]+', keywords: ['chat.googleapis.com']}
      - {regex: 'https://hooks\.zapier\.com/hooks/catch/\d+/[A-Za-z0-9]+/?', keywords: ['hooks.zapier.com']}
    message: 'a provider token or webhook URL in the text: never send credentials'
    examples:
      fire:
        - 'Point the flow at https://hooks.ourco.com/in/flow/9f2c7a1e5b8d4630a7c2e1f0b3d59a84 and it will post each approval.'
        - 'token=trk_live_Hk29xLq7Vp3mZc8R2wQ'
        - 'Use ok_test_4Hq8Zr2Lw6Nx0Vb3Ty7Kc1 in the sandbox.'
        - 'sntryu_0f3c9d1e2b4a5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e'
        - 'Mapbox: sk.eyJ1IjoiYWNtZWFuYWx5dGljcyIsImEiOiJja2x.Ri4bwvWLa4Sz8kP62tZkhQ'
        - 'Asana PAT 2/9499657245803371/2958965839764132:6378368f7e732d2e433ec56f24b1c71b'
        - 'PMAK-6e0e30f328549c488e00a4ff-1125cf5ec72ba694165beaecba0afa707e'
        - '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'
        - 'tfp_9eN6JUJqGb8mUtDZldrphAxHUtwudSF4-BSX6BPdnbiZ'
        - 'EZAK35pkuRNM9CnLd4Yn24VxcXX3ClB3i7tRbZhj6ai6tjGVwgWkDRzfAv'
        - 'dt0c01.ZVCPMACI6O1GBDUEHH5I71AL.O8J86H7W5EWNOERLAQRECM6D09XRAUC38S9V0RZ1U80YJYY0JAP6QYPMHFCDZ9U2'
        - 'Bearer AAAAAAAAAAAAAAAAAAAAAJQuD%KaEVP2EGvLIyp0OYV3ywTez%HrNQR0ueOZIQo7NWqq61E2UwHLEKoje7WHxHnHk0x'
        - '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'
        - 'xai-CRBj3d7Sick1CsWo3LZuTJUjt6quJ1nj8ZQozcuyjPsoPISfmDjUlBvRzhc1whQ7nP8HHesFwbWYF476'
        - 'shippo_live_732b89994fa6022136ced620104d159e8489b0ac'
        - 'oy2si7geuk80kply1vxhp39hfqy4ols3zmim5g6vpbq64j'
        - 'CCIPAT_2NuulUV2vRmQAd0a3oKwaY_811a7a8b9bbcc9370d715498acd947a1b5a41eaf'
        - 'mlsn.03b11606e4644e0d4887d6e120a578757563e68d1f0e22d4ae56ad7675dbd995'
        - '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'
        - 'Our Okta token: 00JTFMP9_2kUtMXhkPrSbbAjLGmsDx5StAZvlMz-Bk'
        - 'Post to https://chat.googleapis.com/v1/spaces/AAAAb3xQ/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=Xk2v9Q%3D'
        - 'https://hooks.zapier.com/hooks/catch/123456/abcde1f/'
      pass:
        - 'Webhooks are documented at https://docs.ourco.com/webhooks/getting-started-with-outbound-events for your developers.'
        - 'Set the flag feature_test_mode to true in staging.'
        - 'Our Okta integration takes 10 minutes.'
        - 'pk.eyJ1IjoiYWNtZSJ9.publictoken is a public Mapbox token.'
        - 'See 1/2 of the deck.'
        - 'AAA rated support.'
  - id: secret.salesforce-session
    kind: secret
    severity: critical
    description: 'Salesforce session id / access token: the 15-character org id (00D…), "!", and the session part'
    case_sensitive: true
    keywords: ['00d']
    patterns:
      - '\b00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9_.]{40,}'
    message: 'Salesforce session id / access token in the text: never send credentials'
    examples:
      fire:
        - 'sid=00DUJZDE8GXD6NC!fBAepfJBd0Kh8oOOL8dK.Lzdoc.J2isAjIhKtJ0RlgLKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsM_ehGAkWvj7FAc'
        - 'Access token (from the Workbench session): 00D5g9QeWJKY40u!ARRS_6ilI8ihN5KXSc7Tvo_hBKqFYY_kv5ZJr3J1TWDtkwtDDb.xHKas1VOqg6YYZYn9ZhyiA4uoRgnatmUdjAWtGSU8'
        - 'Bearer 00D8c000002Xk3QEAS!AQ4AQJx9Vd2rT8mLp0Wq6Zb3Ny7Kc1Hf5Gs9Ue2Io4Pa8Rt0Yw6Lz3Mx7Nv1Bq5Cj9Dk2'
      pass:
        - 'Our org id is 00D5g000004XyZa and the instance is NA123.'
        - 'The 00D prefix marks a Salesforce org id!'
        - 'Salesforce session ids start with 00D followed by an exclamation mark.'
  - id: secret.firebase-fcm-server-key
    kind: secret
    severity: critical
    description: 'Firebase Cloud Messaging legacy server key (AAAA + 7 characters, ":APA91b…")'
    case_sensitive: true
    keywords: ['apa91b']
    patterns:
      - '\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}'
    message: 'Firebase Cloud Messaging server key in the text: never send credentials'
    examples:
      fire:
        - 'FCM server key: AAAApo_799N:APA91bksnRH9ucAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkCnD8zRA9a9SkpXz9w3QlY7Zkuvqdt7s8Stqcbnr3yBdGBLEPH1qhT61qtc4xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4O'
        - 'key=AAAAjE2jBMp:APA91btUsGr7CmY_uCu3ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt-PlJhx2jIclHkCiHp6bR1IqfEouHgxzNNAL5wIScGebcy8F5n3-YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBT'
      pass:
        - 'Legacy FCM keys start with AAAA and contain APA91b.'
        - 'Registration ids look like APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx.'
  - id: secret.provider-prefixed-more
    kind: secret
    severity: critical
    description: 'more gitleaks provider shapes with a fixed prefix: age, Alibaba, Clojars, Cloudflare origin CA, Defined Networking, Duffel, Flutterwave, Frame.io, HubSpot private app, Infracost, Perplexity, Prefect, ReadMe, RubyGems, Sourcegraph, Harness, 1Password secret key, Plaid, Contentful, Adobe'
    case_sensitive: true
    patterns:
      - {regex: '\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b', keywords: ['age-secret-key-1']}
      - {regex: '\bLTAI[A-Za-z0-9]{20}\b', keywords: ['ltai']}
      - {regex: '\bCLOJARS_[a-z0-9]{60}\b', keywords: ['clojars_']}
      - {regex: '\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b', keywords: ['v1.0-']}
      - {regex: '\bdnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}\b', keywords: ['dnkey-']}
      - {regex: '\bduffel_(?:test|live)_[A-Za-z0-9_=-]{43}', keywords: ['duffel_']}
      - {regex: '\bFLWSECK(?:_TEST)?-[a-h0-9]{32}-X\b', keywords: ['flwseck']}
      - {regex: '\bfio-u-[A-Za-z0-9_=-]{64}\b', keywords: ['fio-u-']}
      - {regex: '\bpat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\b', keywords: ['pat-na', 'pat-eu', 'pat-ap']}
      - {regex: '\bico-[A-Za-z0-9]{32}\b', keywords: ['ico-']}
      - {regex: '\bpplx-[A-Za-z0-9]{48}\b', keywords: ['pplx-']}
      - {regex: '\bpnu_[A-Za-z0-9]{36}\b', keywords: ['pnu_']}
      - {regex: '\brdme_[a-z0-9]{70}\b', keywords: ['rdme_']}
      - {regex: '\brubygems_[a-f0-9]{48}\b', keywords: ['rubygems_']}
      - {regex: '\bsgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}\b', keywords: ['sgp_']}
      - {regex: '\bpat\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}\b', keywords: ['pat.']}
      - {regex: '\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b', keywords: ['a3-']}
      - {regex: '\baccess-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\b', keywords: ['access-sandbox-', 'access-development-', 'access-production-']}
      - {regex: '\bCFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', keywords: ['cfpat-']}
      - {regex: '\bp8e-[A-Za-z0-9]{32}\b', keywords: ['p8e-']}
    message: 'a provider token in the text: never send credentials'
    examples:
      fire:
        - 'AGE-SECRET-KEY-10700P6NRPVL69SWMHWLZ46HEVQJYDLVNVWAWSJXLTWL6RFERDPF6RRTEU5'
        - 'Alibaba key LTAIhfkvml73ctyxv2kgafrf'
        - 'HubSpot private app token pat-na1-bd36cb9d-21f6-be6a-bf0d-7c1c1e21862a'
        - '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'
        - 'sgp_b8a18a8902073fec_8df4f50947aaeb26c57d21fa5d328263dfe574de'
        - 'Harness: pat.gpnnhcc826ZWOf0WOOsEgi.gYWPnsuvBqbwq7sdTWx6uX9M.GE2sNVbYAbBHXgwETdIK'
        - 'Plaid access-sandbox-b3cc2d0b-698d-5c7e-41ba-4ea5ee874ae7'
        - 'rubygems_5e803b61ba4168160adb59261ff2d3c425c8d99d19bdd0b6'
        - 'CFPAT-yIMttFPSuEPyHnvnzXtsMM3JznnJAX7ebZ3CL7csGZa'
        - 'v1.0-656b3e6f0bade65c3b188cc1-02ddb8379c7ce65426f74bde94fb78c8d5f08b79affd2b49c12a4b0062983475eb46c5296f62e338d74ff1fe4f7f505aef9ebdd25b001a3ff416d4a3baf69dad8199bfca8b6f3a6a94'
      pass:
        - 'Plaid access tokens start with access-sandbox- in test.'
        - 'HubSpot private apps use pat-na1 tokens.'
        - 'Our API v1.0-beta ships next week.'
        - 'Pat.Smith will join the call.'
        - 'We use age for file encryption.'
  - id: secret.assigned-token
    kind: secret
    severity: critical
    description: 'a key or token assigned in a URL query, a config line or a command-line flag (api_token=…, ?key=…, &sig=…, --apikey …, --password …), hex or mixed, entropy-gated; and a Mattermost incoming-webhook URL'
    case_sensitive: true
    patterns:
      - {regex: '(?i:(?<![\w-])(?:api[_-]?token|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|client[_-]?secret|secret[_-]?key|private[_-]?token|token|key|sig|signature)=)["\x27]?(?<m>[A-Fa-f0-9]{32,}|(?=[A-Za-z0-9_\-+/%]*\d)(?=[A-Za-z0-9_\-+/%]*[A-Za-z])[A-Za-z0-9_\-+/%]{24,})(?![\w\-+/%])', keywords: ['token=', 'key=', 'secret=', 'sig=', 'signature=']}
      - {regex: '(?i:--(?:api[-_]?key|apikey|token|access[-_]?token|auth[-_]?token|password|passwd|secret|client[-_]?secret|secret[-_]?key))(?:=|\s+)["\x27]?(?<m>(?=[A-Za-z0-9_\-+/=.]*\d)(?=[A-Za-z0-9_\-+/=.]*[A-Za-z])[A-Za-z0-9_\-+/=.]{16,})(?![\w\-+/=])', keywords: ['--api', '--token', '--access', '--auth', '--password', '--passwd', '--secret', '--client']}
      - {regex: 'https?://[\w.-]+(?::\d{2,5})?/hooks/(?<m>[a-z0-9]{26})(?![a-z0-9])', keywords: ['/hooks/']}
    exceptions:
      - '(?i:\b(?:example|sample|placeholder|dummy|redacted|your[_-]?(?:api[_-]?)?(?:key|token|secret)|xxxxxxxx|utm_|publishable|site key|public key)\b|<[^<>\n]{1,40}>)'
    validator: 'entropy'
    min_entropy: 3.3
    message: 'a key or token assigned in a URL, a config line or a command: never send credentials'
    examples:
      fire:
        - 'GET https://acme.pipedrive.com/api/v1/persons?api_token=9b1c0d47e2fa38d6b5c4a0e1f27d93c8ab6e5f10'
        - 'ibmcloud login --apikey Zq7TnV2pLx9RkM4sWc8YbE1uHg6JdF3aQo0iKt5rNyS -r us-south'
        - 'Storage SAS URL: https://acmefiles.blob.core.windows.net/exports/q3.csv?sv=2022-11-02&sig=Xk3pQ9vR7tLm2WzN8bYc4Hd6Fg1Js0KaEoUiTyP5'
        - 'Incoming webhook for the rollout channel: https://chat.acme-internal.io/hooks/x7k2m9qp4tr8wz3yb6nc1fd5hj'
        - 'mysqldump --password=Tq8vLm2Xk9RzP4wN acme_prod > dump.sql'
      pass:
        - 'Pass your key as ?api_key=<your-api-key> on every request.'
        - 'The tracking link is https://ourco.com/p?utm_source=newsletter&utm_campaign=q3launch2024'
        - 'Run ourco login --token YOUR_API_TOKEN to connect the CLI.'
        - 'https://docs.acme.io/hooks/setting-up-incoming-webhooks explains how hooks work.'
        - 'Use --password-file to read the password from disk.'
  - id: secret.labeled-token
    kind: secret
    severity: critical
    description: 'a random-looking value (mixed case and digits, 16+ characters, entropy-gated) a few words after a key word (token, key, secret, session id, bearer, credential) or a provider name, and ":", "=" or "is" — the gitleaks generic-api-key idea with room for "(full access) for the escalation sync"'
    case_sensitive: true
    keywords: ['token', 'key', 'secret', 'session', 'bearer', 'credential', 'cloudflare', 'pagerduty', 'intercom', 'zendesk', 'hubspot', 'salesforce', 'mixpanel', 'amplitude', 'algolia', 'snyk', 'sumologic', 'launchdarkly', 'netlify', 'vercel', 'circleci', 'travis', 'bitly', 'contentful', 'auth0', 'firebase', 'fcm', 'onesignal', 'pusher', 'freshdesk', 'docusign', 'atlassian', 'trello', 'klaviyo', 'zoominfo', 'clearbit', 'cohere', 'pinecone', 'replicate', 'fivetran']
    patterns:
      - {regex: '[?&](?:access_key|accesskey|secret_key|secretkey|api_secret|client_secret|private_key|signing_key)=(?<m>[A-Za-z0-9_\-%.+/]{16,})', keywords: ['access_key=', 'accesskey=', 'secret_key=', 'secretkey=', 'api_secret=', 'client_secret=', 'private_key=', 'signing_key=']}
      - '(?i:\b(?:(?:api|access|auth|server|secret|private|signing|master|admin|app|client|integration|service|bot|session|refresh|license|deploy|webhook)[ _-]?)?(?:tokens?|keys?|secrets?|session[ _-]?(?:ids?|keys?|cookies?)|bearer|credentials?|cloudflare|pagerduty|intercom|zendesk|hubspot|salesforce|mixpanel|amplitude|algolia|snyk|sumologic|launchdarkly|netlify|vercel|circleci|travis|bitly|contentful|auth0|firebase|fcm|onesignal|pusher|freshdesk|docusign|atlassian|trello|klaviyo|zoominfo|clearbit|cohere|pinecone|replicate|fivetran)\b)(?:[^\n.!?/&=]|[./](?=\w)){0,70}?(?:\s*[:=]|\s(?i:is|was|->|→))\s*["\x27“\x60]?(?<m>(?=[A-Za-z0-9_+/=.!~-]*\d)(?=[A-Za-z0-9_+/=.!~-]*[a-z])(?=[A-Za-z0-9_+/=.!~-]*[A-Z])[A-Za-z0-9_+/=!~-][A-Za-z0-9_+/=.!~-]{14,254}[A-Za-z0-9_+/=!~-])(?![A-Za-z0-9_+/=!~-])'
    exceptions:
      - '(?i:\b(?:publishable key|site key|public key|pk_live_|pk_test_|ray id|request id|trace id|correlation id)\b)'
      - '(?i:\b(?:example|sample|placeholder|dummy|redacted|your[_-]?(?:api[_-]?)?(?:key|token|secret)|xxxxxxxx|commit|sha-?\d*|checksum|digest|hash|fingerprint|invoice|ticket|tracking|confirmation|reference)\b)'
    validator: 'entropy'
    min_entropy: 3.5
    message: 'a random-looking value given as a token or key: never send credentials'
    examples:
      fire:
        - 'You can download it directly here: https://exports.ourco.com/v2/download/ex-88213.csv?access_key=AKQ7P3M2X9LRT4VB8N1D'
        - 'PagerDuty REST API token (read-only) for the on-call sync: aQWk8JzFalHlsZfYcMMD'
        - 'Cloudflare token with Zone:Cache Purge on acme.io: C5Q52ryFlwRlOEVHzc0X0AWIRh-JUqBlIFXZ53Nc'
        - 'The Intercom access token we use for the widget is gcF_Ha6ili8GjHEAD6-Wj9KfzjsQGMrb9h_ImB_L.'
        - 'session id for the replay = K777pzNk8cL6j5IXAAjlsHUqJoUD-_Ydua_5ZMs1'
        - 'Zendesk: WOpQaPRYpzbLGViYXjU2JgJngKtFI3Oy'
        - 'Server key (legacy, do not rotate yet) -> 2dZAkg05rK_gqv81RKMGHZEM9YpvujA-'
      pass:
        - 'Our publishable key for the embedded checkout is pk_live_51NvQ2kLm8TzXb0c4RgHw9yUePq — it is safe in front-end code.'
        - 'Cloudflare Ray ID: 8a3f2c91de4b7a06c3d9e1f2 — please send this if the error persists.'
        - 'Your API token lives in Settings → Developer, under the Tokens tab.'
        - 'The key takeaway from the pilot: 42% fewer escalations.'
        - 'Ticket reference for the key rotation: INC0012345AbCdEfGhIj'
        - 'The fix for the token refresh is in commit 9fA3c1D77e2B4aa09C1d7E'
        - 'Example token: AbCdEf1234567890GhIjKl'
        - 'Join via https://us02web.zoom.us/j/81234567890?pwd=Zk9xQ2LmN3pR7tVwY1bC4dE6 (meeting key in the invite).'
        - 'Cloudflare: see the SOC 2 report and the DPA.'
        - 'The session id is a UUID like 3f2a9c1e-7b4d-4e8a-9c1f-2b3d4e5f6a7b.'
  - id: secret.prose-password-i18n
    kind: secret
    severity: critical
    description: 'a password in prose in other languages (Kennwort/Passwort, mot de passe, contraseña/clave, senha, wachtwoord, lösenord, passord, hasło, parola, salasana, heslo) and a password label a few words before "is"/":" ("the root passwd on the staging box (10.0.3.21) is …")'
    case_sensitive: true
    keywords: ['パスワード', 'kennwort', 'passwort', 'mot de passe', 'mdp', 'contraseña', 'contrasena', 'clave', 'senha', 'wachtwoord', 'wagwoord', 'lösenord', 'losenord', 'passord', 'adgangskode', 'hasło', 'haslo', 'parola', 'salasana', 'heslo', 'jelszó', 'jelszo', 'şifre', 'sifre', 'mật khẩu', 'mat khau', 'kata sandi', 'kata laluan', 'lozinka', 'geslo', 'salasõna', 'slaptažodis', 'contrasenya', 'κωδικός', '密码', '密碼', '비밀번호', 'รหัสผ่าน', 'كلمة المرور', 'पासवर्ड', 'password', 'passwd', 'passcode', 'pwd', 'passphrase']
    patterns:
      - '(?<![\p{L}\p{N}])(?i:(?:password|kennwort|passwort|mot de passe|mdp|contraseña|contrasena|clave(?: de acceso)?|senha|wachtwoord|wagwoord|lösenord(?:et)?|losenord(?:et)?|passord(?:et)?|adgangskode(?:n)?|hasło|haslo|parola(?: d''ordine)?|salasana(?:si|nne|mme)?|heslo|jelszó|jelszo|şifre(?:si|niz|miz)?|sifre(?:si|niz|miz)?|mật khẩu|mat khau|kata sandi|kata laluan|[Mm]ật [Kk]hẩu|lozinka|geslo|salasõna|slaptažodis|contrasenya|κωδικός(?: πρόσβασης)?|كلمة المرور|पासवर्ड))(?![\p{L}\p{N}])(?:\s+(?i:provisoire|temporaire|temporanea|temporaneo|tempor[áa]ri[ao]|temporal|provis[óo]ri[ao]|provisional|nuev[ao]|nouveau|nouvelle|nuov[ao]|nov[ao]|initiale?|iniziale|inicial|neue?s?|vorläufige?s?|tymczasowe|dočasné|temporary|new|default))?(?:\s+(?i:für|fur|zum|zur|pour|para|por|del|de la|de|du|da|do|dos|das|voor|van|het|di|per|för|til|for|dla|na|untuk|bagi|cho|của|za|per a|για)(?![\p{L}])(?:[^\n.!?:;=,]|\.(?=\S)){1,50}?)?(?:\s*[:=]\s*|\s+(?i:is|ist|lautet|est|es|é|er|är|on|jest|je|è|adalah|ialah|là|—|είναι|hai|hain|hy|ni)(?:\s*:)?\s+|\s+)["“„«\x27\x60]?(?<m>(?=[^\s,;"”“„«»\x27\x60]*(?:\d|[!@#$%^&*+=?~_][^\s,;"”“„«»\x27\x60]))(?=[^\s,;"”“„«»\x27\x60]*[A-Za-z]{2})(?![<*\[(]|x{3,}|X{3,}|\.{3}|\d+%|https?:|www\.)[^\s,;"”“„«»\x27\x60]{4,62}[^\s,;"”“„«»\x27\x60.:)])'
      - '(?i:\b(?:root|admin|administrator|sudo|db|database|ssh|server|wifi|wi-fi|vpn|sa|service|default|master)\s+(?:password|passwd|passcode|pwd|pass|passphrase)\s+(?:on|for|to|of|at)\s+)(?:[^\n.!?:;=,]|\.(?=\S)){1,60}?\s(?i:is|was|=|:)\s*["“\x27\x60]?(?<m>(?=[^\s,;"”\x27\x60]*(?:\d|[!@#$%^&*+=?~_][^\s,;"”\x27\x60]))(?=[^\s,;"”\x27\x60]*[A-Za-z]{2})(?![<*\[(]|x{3,}|X{3,}|\.{3}|\d+%|https?:|www\.)[^\s,;"”\x27\x60]{4,62}[^\s,;"”\x27\x60.:)])'
      - '(?i:\b(?:password|passwd|passcode|pwd|passphrase)\s+(?:on|for|to|of|at)\s+(?:the |your |our |this |that )?)[^\n!?:;=,.]{1,30}?\([^()\n]{1,30}\)\s(?i:is|was|=|:)\s*["“\x27\x60]?(?<m>(?=[^\s,;"”\x27\x60]*(?:\d|[!@#$%^&*+=?~_][^\s,;"”\x27\x60]))(?=[^\s,;"”\x27\x60]*[A-Za-z]{2})(?![<*\[(]|x{3,}|X{3,}|\.{3}|\d+%|https?:|www\.)[^\s,;"”\x27\x60]{4,62}[^\s,;"”\x27\x60.:)])'
      - '(?:密码|密碼|비밀번호|รหัสผ่าน)\s*(?:是|为|為|는|은|คือ)?\s*(?:[:：]\s*)?["“「\x27]?(?<m>(?=[\x21-\x7e]*\d)(?=[\x21-\x7e]*[A-Za-z])[\x21-\x7e]{6,40}?)(?=["”」\x27]|\s|입니다|。|、|，|$)'
      - 'パスワード(?:は|:|：)\s*["“「\x27]?(?<m>(?=[\x21-\x7e]*\d)(?=[\x21-\x7e]*[A-Za-z])[\x21-\x7e]{6,40}?)(?=["”」\x27]|\s|です|。|、|$)'
    exceptions:
      - '(?i:\b(?:password|passwd|pwd|pass|passwort|contraseña|senha|mot de passe)${STAND_IN_VALUE})'
      - '(?i:\b(?:example|ejemplo|exemple|beispiel|exemplo|voorbeeld|placeholder|redacted|changeme|your[_-]?password|votre mot de passe|ihr passwort|tu contraseña|sua senha|uw wachtwoord)\b)'
    message: 'a password given in a sentence: never send credentials'
    examples:
      fire:
        - 'Die gebruiker is sipho.demo en die wagwoord Protea!77xq, net vir die toets.'
        - 'Wifi ka password hai Chai@Tapri2024, reception pe bhi likha hai.'
        - 'la password per aprirlo è VA-Report!2291'
        - 'la password temporanea è Milano2024$Ferri'
        - 'le mot de passe provisoire est Ourco!Paris#77'
        - '管理员密码是 Shanghai2025!'
        - 'kata sandi untuk semua akun adalah Klinik2025!demo'
        - 'Mật khẩu: Luong@2025vn'
        - 'Toplantı odasındaki misafir Wi-Fi şifresi: kahve-bardak-3390'
        - 'Väliaikainen salasanasi on Kesä2024!Pm – vaihda se ensimmäisellä kirjautumiskerralla.'
        - '管理画面のログインIDは tanaka_admin、パスワードは Sakura#2719x です。'
        - 'Zugang zur Demo: Benutzer acme-demo, Kennwort Falke_Nord71'
        - 'Das Passwort für die Testumgebung lautet Sommer!2291.'
        - 'Identifiant : demo.be, mot de passe : Lyon#plage58'
        - 'La contraseña del entorno de pruebas es Verde_mar47.'
        - 'A senha do ambiente de demonstração é Azul2024! e o usuário é demo.br.'
        - 'Het wachtwoord voor de demo is Tulp*7741Zomer; gebruikersnaam demo-be.'
        - 'The admin password on the test box (192.168.4.20) is kH7=tQ2#vLp.'
        - 'Lösenord: Fjord!88vinter'
      pass:
        - 'La password è personale e non viene mai richiesta via email.'
        - 'Chúng tôi không bao giờ hỏi mật khẩu của bạn qua email.'
        - 'Kami tidak pernah meminta kata sandi Anda melalui email.'
        - 'パスワードは次回のログイン時に変更してください。'
        - 'Salasanasi on vaihdettava 90 päivän välein.'
        - 'Kennwort vergessen? Einfach auf ourco.com/reset klicken.'
        - 'Votre mot de passe doit contenir 12 caractères.'
        - 'La contraseña debe tener 12 caracteres y un símbolo.'
        - 'A senha é definida por você no primeiro acesso.'
        - 'Het wachtwoord wijzigt u via ourco.nl/reset2.'
        - 'La clave del éxito es la constancia.'
        - 'The admin password on the new plan is managed through SSO.'
        - 'Password on the staging box (10.0.3.21) is set by your IT team.'
  - id: secret.login-as-with
    kind: secret
    severity: critical
    description: 'a password in a "log in … as USER with PASSWORD" sentence ("log in to the demo tenant as demo-admin with Tiger?harbor25")'
    case_sensitive: true
    keywords: ['log in', 'login', 'log-in', 'sign in', 'sign-in', 'signin', 'log on', 'logon']
    patterns:
      - '(?i:\b(?:log|sign)[ -]?(?:in|on)\b)(?:[^\n.!?:;=]|\.(?=\S)){0,60}?\s(?i:as|with (?:the )?(?:user(?:name)?|account|login))\s+["“\x27\x60]?[\w.@+-]{2,64}["”\x27\x60]?\s+(?i:with|using|and|pw|password|pass)\s+(?:(?i:(?:the )?(?:password|passwd|pw|pwd|pass|passcode))\s+)?["“\x27\x60]?(?<m>(?=[^\s,;"”\x27\x60]*(?:\d|[!@#$%^&*+=?~_][^\s,;"”\x27\x60]))(?=[^\s,;"”\x27\x60]*[A-Za-z]{2})(?![<*\[(]|x{3,}|X{3,}|\.{3}|\d+%|https?:|www\.)[^\s,;"”\x27\x60]{4,62}[^\s,;"”\x27\x60.:)])'
    exceptions:
      - '(?i:\b(?:example|placeholder|redacted|changeme|your[_-]?password)\b)'
    message: 'a user name and password in a sentence: never send credentials'
    examples:
      fire:
        - 'You can log in to the sandbox as trial-admin with Maple?river62 until Friday.'
        - 'Sign in on the partner portal as ops.lead using Quartz#4410.'
        - 'Log in to the staging console with user qa_bot and Pine!cone19.'
        - 'Just sign in as demo@acme.io with the password Harbor_light73.'
      pass:
        - 'Log in as an admin with your SSO credentials.'
        - 'Sign in as yourself with Google to see the dashboard.'
        - 'Log in to the console as admin with MFA enabled.'
        - 'Log in as jdoe with your password.'
  - id: secret.pin-or-code
    kind: secret
    severity: critical
    description: 'a PIN, or a bypass / backup / recovery / one-time / MFA code, given with "is" / ":" ("the PIN for the partner portal is 2465", "the bypass code is 611881025"); conference-call passcodes and meeting ids pass'
    case_sensitive: true
    keywords: ['pin', 'code', 'passcode', 'kód', 'kod', 'codice', 'código', 'codigo']
    patterns:
      # A building's or a device's code given outright: "the alarm disarm code for the showroom is 6042", "the maintenance PIN for the gateway on meter … is 7731-0496".
      - {regex: '(?i:\b(?:alarm|disarm|door|gate|entry|keypad|lockbox|key ?safe|key box|building|garage|maintenance|admin|installer|service|engineer|master) (?:disarm |entry |access |door )?(?:code|pin|passcode)\b[^.\n]{0,60}?\b(?:is|:|=)\s*)(?<m>\d{3,8}(?:[- ]\d{2,8})?)(?![\d])', keywords: ['code', 'pin', 'passcode']}
      - '(?i:\bpin(?:[ -]?(?:code|number|no\.?))?\b)(?:\s+(?i:(?:for|to|on|of|at)\s+)(?:[^\n.!?:;=]|\.(?=\S)){1,40}?)?(?:\s*[:=]\s*|\s+(?i:is|was|will be|is now|is still|has been (?:re)?set to|(?:re)?set to|changed to)\s+)(?<m>\d{4,8})(?![\d-]|\.\d|[,.]?\s*(?i:digits?|characters?|chars?|numbers?|%|x\b))'
      - '(?i:\b(?:bypass|backup|recovery|one-time|one time|otp|2fa|mfa|two-factor|2-step|verification|unlock|door|alarm|gate|entry|safe|lockbox|key ?box)[ -]?(?:codes?|pins?)\b)(?:\s+(?i:(?:for|to|on|of|at|that|which|i|we|you)\s+)(?:[^\n.!?:;=]|\.(?=\S)){1,40}?)?(?:\s*[:=]\s*|\s+(?i:is|are|was|will be|is now)\s+)["“\x27\x60]?(?<m>\d{4,12}|\d{3,5}[ -]\d{3,5}|[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){1,3}|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,16})(?![\w-]|\.\d|[,.]?\s*(?i:digits?|characters?|chars?|numbers?|%))'
      - '(?i:\b(?:re)?set\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?pin(?:[ -]?code)?\s+(?:to|as)\s+)(?<m>\d{4,8})(?![\d-]|\.\d)'
      - '(?i:\b(?:keypad|door|alarm|gate|entry|access|building|garage|office|voicemail|padlock|locker|safe|lockbox|key ?box|backup|recovery|bypass)[ -]?(?:codes?|pins?)\b|\bpin\b|\b(?:codice|código|codigo)\b)(?:[^\n!?:;=]|\.(?=\S)){0,60}?(?:\s*[:=]\s*|\s+(?i:is|are|was|è|é|ist|est|es|je|jest|on|är|er|lautet)\s+)(?<m>\d{4,12}[#*]?|\d(?:[- ]\d){3,7}[#*]?|\d{4} \d{4}(?:,\s*\d{4} \d{4})*)(?![\w-]|\.\d|[,.]?\s*(?i:digits?|characters?|chars?|numbers?|%))'
      - '(?<![\p{L}\p{N}])(?i:kód|kod)(?![\p{L}\p{N}])(?:[^\n!?:;=]|\.(?=\S)){0,40}?(?:\s*[:=]\s*|\s+(?i:je|jest|on|è|é|ist|est|es|is)\s+)(?<m>\d{4,12}[#*]?)(?![\w-]|\.\d)'
      - '(?i:\b(?:asks?|prompts?|asked|prompted) (?:you )?for (?:a |the |your |an )?(?:passcode|pass code|pin|code|password|verification code|otp|one-time code)\b,?\s+(?:just )?(?:use|enter|type|put in)\s+)["“]?(?<m>\d{4,10}|(?=[A-Za-z0-9!@#$%^&*]*\d)[A-Za-z0-9!@#$%^&*]{6,40})(?![\w-])'
      - '(?i:\b(?:grid guard|installer|service|engineer|technician|maintenance|master|setup) (?:code|pin)\b)\s*(?::|=|\s+is\s+)\s*(?<m>\d{4,12}|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,20})(?![\w-])'
    exceptions:
      - '(?i:\b(?:meeting|webinar|zoom|webex|teams call|dial[- ]?in|conference|bridge|participant|attendee|moderator|host key|promo|discount|coupon|voucher|zip|postal|example|sample|placeholder)\b)'
    message: 'a PIN or access code given in the text: never send credentials'
    examples:
      fire:
        - 'If it asks for a passcode, use 581427 – I''ve just generated it for you.'
        - 'SMA Grid Guard code: 73918264'
        - 'If it asks for a verification step, the one-time code that came to my phone is 749210.'
        - 'The side door keypad code after 6pm is 58213#, just let yourself in.'
        - 'The alarm code for the office is 7-3-9-1, then press OFF.'
        - 'Backup codes for the admin account in case the authenticator fails: 8492 1736, 5519 0284.'
        - 'Il PIN della casella vocale è 731904.'
        - 'Kód ke vchodu do kanceláře je 2468*, platí i o víkendu.'
        - 'PIN for the partner portal is 5831.'
        - 'If the authenticator app is not working for you, the bypass code is 704219536.'
        - 'Your backup codes: 8841-2290, 1177-6503.'
        - 'The recovery code for the admin account is k7fq-9w2m-x4tp.'
        - 'Door code: 4417 (side entrance).'
        - 'I reset the PIN to 093316 for the kiosk.'
      pass:
        - 'If it asks for a passcode, use the one from your welcome email.'
        - 'The service code: 24 months of parts and labour.'
        - 'The door code changes every quarter, so ask reception on arrival.'
        - 'Our office is at 4 Kings Road, 2nd floor; the alarm code is with facilities.'
        - 'Il codice della promozione è valido fino a 2025.'
        - 'Join the webinar on Zoom — Meeting ID: 843 2291 0057, Passcode: 118822.'
        - 'Dial in: +1 646 558 8656, conference code 912 4410 3385# (no participant PIN needed).'
        - 'Your PIN is 6 digits long.'
        - 'The PIN is 4 characters.'
        - 'Use promo code SPRING2025 for 10% off.'
        - 'The bypass code is generated in the admin console.'
        - 'Store the PIN in a safe place.'
        - 'We cut verification code delivery time from 2024 levels by half.'
  - id: secret.provider-prefixed-extra
    kind: secret
    severity: critical
    description: 'gitleaks provider tokens with a fixed prefix not covered above: Artifactory API key and reference token, Authress, ClickHouse Cloud, Flutterwave encryption key, Fly.io, GitLab feature-flag / feed / agent tokens and session cookie, Grafana API key, Harness service token, Intra42, base64 JWT, Mailgun validation key, MaxMind, Octopus Deploy, OpenShift, Scalingo, SettleMint, Sidekiq, Sourcegraph, Netlify'
    case_sensitive: true
    patterns:
      - {regex: '\bAKCp[A-Za-z0-9]{69}\b', keywords: ['akcp']}
      - {regex: '\bcmVmd[A-Za-z0-9]{59}\b', keywords: ['cmvmd']}
      - {regex: '\b(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}', keywords: ['.acc_', '.acc-']}
      - {regex: '\b4b1d(?=[A-Za-z0-9]{0,38}[A-Z])(?=[A-Za-z0-9]{0,38}[a-z])[A-Za-z0-9]{38}\b', keywords: ['4b1d']}
      - {regex: '\bFLWSECK(?:_TEST)?-[a-h0-9]{12}(?![A-Za-z0-9-])', keywords: ['flwseck']}
      - {regex: '\b(?:fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})', keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_']}
      - {regex: '\b(?:glffct|glft)-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])', keywords: ['glffct-', 'glft-']}
      - {regex: '\bglagent-[A-Za-z0-9_-]{50}(?![A-Za-z0-9_-])', keywords: ['glagent-']}
      - {regex: '_gitlab_session=[0-9a-z]{32}\b', keywords: ['_gitlab_session=']}
      - {regex: '\beyJrIjoi[A-Za-z0-9]{70,400}={0,3}', keywords: ['eyjrijoi']}
      - {regex: '\bsat\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}\b', keywords: ['sat.']}
      - {regex: '\bs-s4t2(?:ud|af)-[a-f0-9]{64}\b', keywords: ['s-s4t2ud-', 's-s4t2af-']}
      - {regex: '\bZXlK(?:aGJHY2lPaU|MGVYQWlPaUp|cmFXUWlP|emRXSWlPaU|cGMzTWlPaU)[A-Za-z0-9+/_-]{40,}={0,2}', keywords: ['zxlk']}
      - {regex: '\bpubkey-[a-f0-9]{32}\b', keywords: ['pubkey-']}
      - {regex: '\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk\b', keywords: ['_mmk']}
      - {regex: '\bAPI-(?=[A-Z0-9]{0,25}\d)(?=[A-Z0-9]{0,25}[A-Z])[A-Z0-9]{26}\b', keywords: ['api-']}
      - {regex: '\bsha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', keywords: ['sha256~']}
      - {regex: '\btk-us-[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])', keywords: ['tk-us-']}
      - {regex: '\bsm_(?:aat|pat|sat)_[A-Za-z0-9]{16}\b', keywords: ['sm_aat_', 'sm_pat_', 'sm_sat_']}
      - {regex: '(?i:\bBUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM)\s*[=:]\s*["\x27]?(?<m>[a-f0-9]{8}:[a-f0-9]{8})\b', keywords: ['bundle_enterprise__contribsys__com', 'bundle_gems__contribsys__com']}
      - {regex: '\bsgp_[a-fA-F0-9]{40}\b', keywords: ['sgp_']}
      - {regex: '\bnfp_[A-Za-z0-9]{36}\b', keywords: ['nfp_']}
    validator: 'not-example-secret'
    message: 'a provider token in the text: never send credentials'
    examples:
      fire:
        - 'Artifactory API key for the build agents: AKCpiX0aOi5HcqVn6tScIxLWFUB44Wiqh6uF6YKVy2HDHqtOUIt7lHnZscAGDZ0R41IlcYRAo'
        - 'JFrog reference token for the pipeline: cmVmdny3iHNMrRSct0dmLbpH6VtKs0TxEu9iPzs0cgs57G3Po6bCjhGQaB9m9Ae2'
        - 'Authress service client key: sc_ykgobc6dw4w4.914dt.acc_705vnu4b9klbcoe9ohy2.ECI3V5SwUVkOAbpjE9RCFjSUOConnl5wmsZnD10bDp5xavIW1UA1I9YtoETbzvID'
        - 'ClickHouse Cloud key secret: 4b1dWMciCh5cPgIRLjoymPGZxvJFyP8rVRvUAx7RH2'
        - 'Flutterwave encryption key for the sandbox: FLWSECK_TEST-8f947f2g784a'
        - 'Fly.io deploy token: fo1_pqJGe6eNP9ucxN-pYuvnNRiL559y1BpFcOpt_m8ofwo'
        - 'Fly token for the staging app is fm2_FXH6oPwNPX2MnS1+Sl9l3w14aXO5aUGv6FeqZQx035QxNlB6NcPDjGe0wuzECjSph6b6IYSKZKyZXphUPt4U/aBhIJol4UDVsLmjg7XGkJQa4p7Yz9juMYWI'
        - 'GitLab feature flag client token: glffct-WsZe2T3JlZXjRgyPvYzM'
        - 'GitLab feed token if you want the RSS: glft-8eefzCAaQ86HAYnzLIny'
        - 'Kubernetes agent token: glagent-JmHN29r8XB0PSfbfAhyXVjyYOtkB4hHkuv8U4s5M7tE4TS4QH0'
        - 'Cookie from my browser: _gitlab_session=a15j446didans4s3il0534v25ro0m38d'
        - 'Grafana API key (admin): eyJrIjoiFTMoP44jMpPYTr1nYOsdcYEg4pJWQJ4LA0TexGW45ftt1SqNv0y0NHPGX4aVLkbSa5yQKBNDoBIfx2y2'
        - 'Harness service account token: sat.-qJGqSktJSFN1kzKXrTeC_.aJSvPbINlZut3CuNtDqj3qjS.IdzDOWNYwiaA4MV8Ri3G'
        - '42 intra client secret: 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'
        - 'Base64 of the JWT we use: ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5mk5vWXl1JTpsZrAgNSCKZ2s2ElpTqS9VoTYgKJsN'
        - 'Mailgun validation key: pubkey-ba7bf6ccc47299c5d231d83a404fdf62'
        - 'MaxMind license key for GeoIP: 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'
        - 'Octopus Deploy API key: API-WCCODFB9L3ULEXSXWUI8ZAOOLA'
        - 'oc login --token=sha256~7ndWsCzwA__EuefIwx_jjwXkiC1va-faeFORQ7ApMDN --server=https://api.acme-ocp.io:6443'
        - 'Scalingo token for the review apps: tk-us-ET5HxcUN_EGP-KgTKEjujsKUrqD11sv3xVmfWhg9826_J3hy'
        - 'SettleMint personal access token: sm_pat_Iwcb8wNLfGfNx9A5'
        - 'In your .bundle/config: BUNDLE_ENTERPRISE__CONTRIBSYS__COM=85ea75d6:0c72d7cd'
        - 'Sourcegraph access token: sgp_0ce2135ed56ee3666b188a61f60a10a55b361ded'
        - 'Here''s the Netlify token for the staging site: nfp_97ox6WsS03oP8yH1GZjMaLYn7ufcMIByDiYD'
      pass:
        - 'Octopus Deploy talks to our API-first backend.'
        - 'See API-REFERENCEGUIDEVERSIONTWOX in the docs.'
        - 'Netlify tokens start with nfp_ and live in User settings.'
        - 'Use sm_pat_<your-token> when you call the SettleMint API.'
        - 'The image digest is sha256~ followed by the hash in the registry UI.'
        - 'Our Grafana and Fly.io dashboards are linked from the status page.'
        - 'ClickHouse Cloud keys start with 4b1d.'
        - 'Scalingo token: tk-us-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  - id: secret.provider-named-token
    kind: secret
    severity: critical
    description: 'gitleaks'' keyword rules: the provider''s name, a few words of label ("client secret for the staging site"), ":", "=" or "is", then a token of that provider''s shape and length (Adafruit, Adobe, Airtable, Algolia, Alibaba, Asana, Atlassian / Jira, Beamer, Bitbucket, Bittrex, Cisco Meraki, Cloudflare, Codecov, Cohere, Coinbase, Confluent, Discord, Drone CI, Dropbox, Etsy, Facebook, Fastly, Finicity, Finnhub, Flickr, FreshBooks, Gitter, GoCardless, HubSpot, Intercom, JFrog, Kraken, KuCoin, LaunchDarkly, Linear, LinkedIn, Lob, Mattermost, MessageBird, Netlify, New Relic, NYTimes, Plaid, Private AI, RapidAPI, Sendbird, Sentry, Snyk, SonarQube, Sourcegraph, Squarespace, Sumo Logic, Telegram, Travis CI, Twitch, Twitter, Vault, Yandex, Zendesk); a bare token without the name never fires'
    case_sensitive: true
    patterns:
      - {regex: '(?<![A-Za-z0-9])(?i:adafruit|adobe|algolia|asana|bitbucket|bittrex|codecov|discord|drone ?ci|droneci|facebook|fastly|finicity|flickr|linear|nytimes|ny ?times|new york times|private[ _-]?ai)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9_=-]*\d)(?=[A-Za-z0-9_=-]*[A-Za-z])[A-Za-z0-9_=-]{32})(?![A-Za-z0-9_=+/-])', keywords: ['adafruit', 'adobe', 'algolia', 'asana', 'bitbucket', 'bittrex', 'codecov', 'discord', 'drone', 'facebook', 'fastly', 'finicity', 'flickr', 'linear', 'nytimes', 'ny times', 'new york times', 'privateai', 'private ai', 'private_ai', 'private-ai']}
      - {regex: '(?<![A-Za-z0-9])(?i:cloudflare|cohere|gitter|launch ?darkly|meraki|sendbird|sonar|zendesk|sourcegraph)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9_=-]*\d)(?=[A-Za-z0-9_=-]*[A-Za-z])[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=+/-])', keywords: ['cloudflare', 'cohere', 'gitter', 'launch darkly', 'launchdarkly', 'meraki', 'sendbird', 'sonar', 'zendesk', 'sourcegraph']}
      - {regex: '(?<![A-Za-z0-9])(?i:netlify)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9_=-]*\d)(?=[A-Za-z0-9_=-]*[A-Za-z])[A-Za-z0-9_=-]{40,46})(?![A-Za-z0-9_=+/-])', keywords: ['netlify']}
      - {regex: '(?<![A-Za-z0-9])(?i:coinbase|confluent|discord|freshbooks|jfrog|artifactory|bintray|xray|new ?relic|new[_-]relic|sentry|sumo(?:logic)?|bitbucket)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9_=-]*\d)(?=[A-Za-z0-9_=-]*[A-Za-z])[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=+/-])', keywords: ['coinbase', 'confluent', 'discord', 'freshbooks', 'jfrog', 'artifactory', 'bintray', 'xray', 'newrelic', 'new relic', 'new_relic', 'new-relic', 'sentry', 'sumo', 'bitbucket']}
      - {regex: '(?<![A-Za-z0-9])(?i:jfrog|artifactory|bintray|xray)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{73})(?![A-Za-z0-9_=+/-])', keywords: ['jfrog', 'artifactory', 'bintray', 'xray']}
      - {regex: '(?<![A-Za-z0-9])(?i:cloudflare)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[a-f0-9]*\d)(?=[a-f0-9]*[A-Za-z])[a-f0-9]{37})(?![A-Za-z0-9_=+/-])', keywords: ['cloudflare']}
      - {regex: '(?<![A-Za-z0-9])(?i:alibaba|plaid|twitch)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{30})(?![A-Za-z0-9_=+/-])', keywords: ['alibaba', 'plaid', 'twitch']}
      - {regex: '(?<![A-Za-z0-9])(?i:atlassian|confluence|jira|etsy|plaid|kucoin)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{24})(?![A-Za-z0-9_=+/-])', keywords: ['atlassian', 'confluence', 'jira', 'etsy', 'plaid', 'kucoin']}
      - {regex: '(?<![A-Za-z0-9])(?i:finicity|finnhub)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{20})(?![A-Za-z0-9_=+/-])', keywords: ['finicity', 'finnhub']}
      - {regex: '(?<![A-Za-z0-9])(?i:confluent|linked[_ -]?in)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{16})(?![A-Za-z0-9_=+/-])', keywords: ['confluent', 'linkedin', 'linked in', 'linked_in', 'linked-in']}
      - {regex: '(?<![A-Za-z0-9])(?i:travis)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{22})(?![A-Za-z0-9_=+/-])', keywords: ['travis']}
      - {regex: '(?<![A-Za-z0-9])(?i:message[ _-]?bird|twitter)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{25})(?![A-Za-z0-9_=+/-])', keywords: ['messagebird', 'message bird', 'message_bird', 'message-bird', 'twitter']}
      - {regex: '(?<![A-Za-z0-9])(?i:mattermost)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{26})(?![A-Za-z0-9_=+/-])', keywords: ['mattermost']}
      - {regex: '(?<![A-Za-z0-9])(?i:dropbox)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{15})(?![A-Za-z0-9_=+/-])', keywords: ['dropbox']}
      - {regex: '(?<![A-Za-z0-9])(?i:airtable)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{17})(?![A-Za-z0-9_=+/-])', keywords: ['airtable']}
      - {regex: '(?<![A-Za-z0-9])(?i:twitter)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{45}(?:[A-Za-z0-9]{5})?)(?![A-Za-z0-9_=+/-])', keywords: ['twitter']}
      - {regex: '(?<![A-Za-z0-9])(?i:rapid ?api)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{50})(?![A-Za-z0-9_=+/-])', keywords: ['rapidapi', 'rapid api']}
      - {regex: '(?<![A-Za-z0-9])(?i:intercom)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9_=-]*\d)(?=[A-Za-z0-9_=-]*[A-Za-z])[A-Za-z0-9_=-]{60})(?![A-Za-z0-9_=+/-])', keywords: ['intercom']}
      - {regex: '(?<![A-Za-z0-9])(?i:kraken)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9/=_+-]*\d)(?=[A-Za-z0-9/=_+-]*[A-Za-z])[A-Za-z0-9/=_+-]{80,90})(?![A-Za-z0-9_=+/-])', keywords: ['kraken']}
      - {regex: '(?<![A-Za-z0-9])(?i:hubspot|kucoin|message[ _-]?bird|snyk|squarespace)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![A-Za-z0-9_=+/-])', keywords: ['hubspot', 'kucoin', 'messagebird', 'message bird', 'message_bird', 'message-bird', 'snyk', 'squarespace']}
      - {regex: '(?<![A-Za-z0-9])(?i:beamer)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>b_[A-Za-z0-9=_-]{44})(?![A-Za-z0-9_=+/-])', keywords: ['beamer']}
      - {regex: '(?<![A-Za-z0-9])(?i:go ?cardless)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>live_[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=+/-])', keywords: ['gocardless', 'go cardless']}
      - {regex: '(?<![A-Za-z0-9])(?i:lob)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?:live|test)_[a-f0-9]{35})(?![A-Za-z0-9_=+/-])', keywords: ['lob']}
      - {regex: '(?<![A-Za-z0-9])(?i:yandex)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>t1\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]{86}={0,2}|AQVN[A-Za-z0-9_-]{35,38}|YC[A-Za-z0-9_-]{38})(?![A-Za-z0-9_=+/-])', keywords: ['yandex']}
      - {regex: '(?<![A-Za-z0-9])(?i:sumo(?:logic| logic)?)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])su[A-Za-z0-9]{12})(?![A-Za-z0-9_=+/-])', keywords: ['sumo']}
      - {regex: '(?<![A-Za-z0-9])(?i:facebook)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>\d{15,16}(?:\||%7C)[0-9A-Za-z_-]{27,40})(?![A-Za-z0-9_=+/-])', keywords: ['facebook']}
      - {regex: '(?<![A-Za-z0-9])(?i:twitter)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>\d{15,25}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_=+/-])', keywords: ['twitter']}
      - {regex: '(?<![A-Za-z0-9])(?i:telegr)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_=+/-])', keywords: ['telegram', 'telegr']}
      - {regex: '(?<![A-Za-z0-9])(?i:vault)(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?<![A-Za-z])(?i:(?:api[ _-]?)?(?:keys?|keystring|tokens?|secrets?|password|passwd|pat|credentials?|creds|auth|authorization|bearer|login|client[ _-]?id|access[ _-]?id|api[ _-]?id|license))(?![A-Za-z])(?:[^\n.!?:;=]|\.(?=\w)){0,30}?(?:\s*(?:[:=]|=>|->|→)|\s+(?i:is|was))\s*["\x27\x60“]?(?<m>s\.(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{24})(?![A-Za-z0-9_=+/-])', keywords: ['vault']}
    exceptions:
      - '(?i:\b(?:example|sample|placeholder|dummy|redacted|your[_-]?(?:api[_-]?)?(?:key|token|secret)|commit|sha-?\d*|checksum|digest|hash|fingerprint|invoice|ticket|tracking|order|confirmation|reference|receipt|booking|ray id|request id|record id)\b|x{6,}|<[^<>\n]{1,40}>)'
    validator: 'entropy'
    min_entropy: 3.0
    message: 'a provider key or token given with the provider name: never send credentials'
    examples:
      fire:
        - 'Adafruit IO key for the demo board is n3ylvvzjf8fvhhmlvytvczc0qgllmze1'
        - 'Adobe client ID for the PDF Services trial: bad1d2502cc328423f327e5b0d395f6d'
        - 'Algolia admin API key: 18y1ptnvzel532u4rq1w3t81rw9k61y2'
        - 'The Asana client secret for the integration = m2efa8uo11cqn8jthiow7i41p7ts4ik9'
        - 'Bitbucket OAuth consumer secret: 4eeo4w6dnj1iwm5q1x9v5aeisr4d17uq'
        - 'Bittrex API secret -> t1ukitelksjb1o45ny7nl98x84nqvv34'
        - 'CODECOV_TOKEN=euvohq7w0xkivbmt18r999avu6ki4rfx'
        - 'Discord client secret: zd6o3i3gqvzciy7z40y809on2zdb5afm'
        - 'Drone CI token for the runner: u7jowoehvohkxlx5755gf9s3d79401ek'
        - 'Facebook app secret is a315fd35c6f82083d749b675149e0898'
        - 'Fastly purge token: g_rxh6kzxj2_k_rcwbafn7wp4dbzy90q'
        - 'Finicity app key: 61fdb8a7146daf5501f18a09b928c92a'
        - 'Flickr API secret: ooi6ifoaymhq13void6o1i4tjr8m16g4'
        - 'Linear OAuth client secret: 9a89af7d13795c7923f0257f073c504a'
        - 'NYTimes API key for the archive pull: yoo7zb3096mvc5qu3vqu7k4ixgj71nyh'
        - 'Private AI API key: cvb8kx1hwby2utl8f70rgvixgy8iyqcr'
        - 'Cloudflare API token (DNS edit): _ak3_t6283wvxx0nzgz-0gyej754qiax4c6a4bdn'
        - 'Cohere production key: 6ZjvXo4fnBX98tRN0EqOEcAk2vbWWZ8JZkRL9dFl'
        - 'Gitter bot token = 17etlsz95d86nclgrayp8rk9fj4ox84bcwddften'
        - 'LaunchDarkly SDK key for prod is 0el9t49xiqt641ksmea0p70xn6yvuwl7xvbd81r2'
        - 'Meraki dashboard API key: 8de7d488221bd9fe375860fe3b6f3df1a96ae80b'
        - 'Sendbird API token: 404deded976adb588d952bacf2035db66680343e'
        - 'sonar.login=mgxy9fh1b421x802n2mwzimkh3mipohgbjra2cwk'
        - 'Zendesk API token for the support sync: ojoyb94cxr0n6teo9jtq4opt9pxo5qjgkc5x5ixc'
        - 'Sourcegraph token: 032d6a531ba607a07705952df697e9f652a9d947'
        - 'Netlify personal access token: vi-_xkg8rpf3m44hw18hdl_urw_e8giq56hu2e8o9i9'
        - 'Coinbase API secret: gv6w3ntu9orllpbgtnil2jfb42h1x0re1lyhmczh54wp3t4jlnrnhwp2o9h8b2w1'
        - 'Confluent Cloud API secret = 7pcl43to412rrybirqcnhc4lyl6sacd22rqym1ofwn20vtwx6oyj3m8n2jqji7pt'
        - 'Discord bot token is 750dc73a7f5258ace90393e73425f1eadfe36129a24c0522fb29b9ab764d3f32'
        - 'FreshBooks access token: 294ooydpt20j2lu5fspb2sca2jkjht8u3lnekvv4m7y2able6xnnbhr98kivwpwg'
        - 'JFrog identity token: n8k9lcdtvx5o2ataw61ejl6iu6zi9mekgaxcatifftvus74r1i9a9g1489brhvod'
        - 'New Relic user API id: rb764sonx4ed68zu1l1vxxdyo7aheng1khg6w9slvuna1qfdap961ng5u2976tff'
        - 'Sentry auth token (old style): 4f91de9ee734ff2804ea30a4ba7a20be1b49c9d14da99deeab59cdbf25c520ce'
        - 'Sumo Logic access key: b2wzxs70wlttpgs8s0o6tgx2hwlyokoxlu87n08wehjw8qh4b2rdblevhcssj554'
        - 'Artifactory API key: z0b2s3kgyo9g9wwm3jovp1m9y9dspjykeggu2jn5vbbocf0l3k8xcc4o4pdtik5ttt87yp7sg'
        - 'Cloudflare global API key: de3e77c3f89ebf4f6ccbfad4e4e739356d678'
        - 'Alibaba Cloud AccessKey secret: 3mhmv3u2joobs8s9a9ofepdm7x8hum'
        - 'Plaid secret for development: 32r2h163e0vnbob3lkv8lyavs3l5d9'
        - 'Twitch client secret is jy6qh1ne0lre2103tx4o49y8zs1ykl'
        - 'Atlassian API token for the Jira sync: 82ql9mqgmzdacxejfr5c6f50'
        - 'Etsy keystring: l0yx4bqdkqzax6effc55k1a5'
        - 'Plaid client_id = n7iqbnyct3hlisyq9xq3cymm'
        - 'KuCoin API key: 4c2b528d2580c20338193c94'
        - 'Finicity partner secret: ciayic0hr1ehh4nf5nmv'
        - 'Finnhub API key: b4359db3y4cosekn3c6i'
        - 'Confluent Cloud API key: cu7ol915gdts7r1h'
        - 'LinkedIn client secret: r85458l9h7ai8ug3'
        - 'Travis CI API token: 301fgaawklw8khy7e9pm5r'
        - 'MessageBird live access key: 8qqx208fnn22t9f2086cbit3q'
        - 'Twitter consumer key: jokk0i4khxyyizw8f8m76m9q2'
        - 'Mattermost bot access token: c0awkwem6x1xljf95gph6b4xja'
        - 'Dropbox app secret: gc7uvoh75dluquw'
        - 'Airtable API key: key7kLx6e1yal5ab3'
        - 'Twitter access token secret: qjuky02yov8x9x1ph8envzyg46akoi84mvztfhiid6ndj'
        - 'Twitter API secret key: 3ede1uaj2wlild74shjfeofbe6127l3e58khc6e0elnjamgc3v'
        - 'RapidAPI key: eo7zd5vntvi6m25e45ltqj3mm3lcmh13sqg798b8x0ul5aaa8b'
        - 'Intercom access token: tssx2261yn8m7kyw0idqbvmjqcyaz883ilj6p0arqm4mse9ylmsl2np4snqk'
        - 'Kraken private key: XAk6NXv8WJnGsZZOlpO/TQIBIaqMQF73cLR6oVRZ0Tfu2dtDFj2qN6geU/fGwI+oOvlmauPeDOf+KatTvLQG91'
        - 'HubSpot API key: 29C9435A-BF78-F9F5-B9AE-73EA5C1B0311'
        - 'KuCoin API secret: 57aa8d4d-fb13-b352-19dc-2b8249e393f7'
        - 'MessageBird client id: 1032337c-b2ce-104c-e703-5392d761280a'
        - 'Snyk API token for CI: 0e2a8594-35d4-9b80-bf27-b74a394f46ff'
        - 'Squarespace API key = 7744268f-73bb-c2f3-cf79-eec53effc415'
        - 'Beamer API key: b_890zm96z4l7i-mrx_qoj2d45jx0nh3wjh-9hh2my0xjy'
        - 'GoCardless live access token: live_x6tjj3IsE7gR3Bf5ZQ3g1wbszO2ep2wCsrpcj33i'
        - 'Lob API key: live_413c318a24bf821345245b7d9ccd6bf9b59'
        - 'Yandex OAuth token: t1.rrNaYnBr5PMe6lbVZDDSoivu.oqkGjcHHoqL1jkDTtuUhDm3sbM2DHicsGrYtOP3i1VaQ5NMqBc0A3i3TvaI_Gd5rDnx09v4B1vDRm3sw9GOJTG'
        - 'Yandex Cloud API key: AQVNMGE3yG7aQrtZTZkZLgru_nTigkBnoQBLMaex'
        - 'Yandex static access key secret: YCSwWsoPXeGrrJSynce59nUgJ-lkrrKCM3buiZoQ'
        - 'Sumo Logic access id: su8Rn6Fp82qukz'
        - 'Facebook app access token: 045592329689470|bac_2b5e6ybdgp4uowswlp-4thd4rh7q'
        - 'Twitter access token: 2905527672632539265-PAsGI8KwupUtYNbvI8j7m3eNOStbXrgsaROSxj19'
        - 'Telegram bot token: 8150501:A06yf46tid-v__58mc1ieayeo5-zp8ntbrl'
        - 'Vault root token (old cluster) is s.mFkAf0CaeA3VVy9wF4ISEn4X'
      pass:
        - 'Cloudflare returned this when I tried: 8a3f2c91de4b7a06c3d9e1f2a4b5c6d7e8f90a1b'
        - 'HubSpot form GUID: 3e8f0a1c-9b2d-4f6e-8a1c-3e5f7a9b2d4c embeds the demo request on our site.'
        - 'Snyk project id is 0f4a7d2c-1b3e-4a5f-8c6d-9e0f1a2b3c4d on the dashboard.'
        - 'Sentry event ID: a3f9c2e1b4d6f8a0c2e4b6d8f1a3c5e7a3f9c2e1b4d6f8a0c2e4b6d8f1a3c5e7'
        - 'Travis build is green: 2qwer7tyu9iop3asdfghj1'
        - 'Linear growth is 3x: 4f7a9c2e1b3d5f6a8c0e2b4d6f8a1c3e'
        - 'Asana is where we track the rollout.'
        - 'Our Zendesk ticket: 7d3f9a1c2b4e6f8091a2b3c4d5e6f708192a3b4c was closed.'
        - 'Cloudflare Ray ID: 8a3f2c91de4b7a06c3d9e1f2a4b5c6d7e8f90a1b'
        - 'We moved from Jira to Linear last quarter; order reference: 4f7a9c2e1b3d5f6a8c0e2b4d.'
        - 'The Codecov upload token lives in your repository settings.'
        - 'Set CODECOV_TOKEN=<your-token> in CI.'
        - 'Snyk API token: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'
        - 'Confluent Cloud API key: YOUR_API_KEY_HERE'
        - 'HubSpot portal: 1f3e5a7c-9b2d-4f6e-8a1c-3e5f7a9b2d4c is our sandbox record id in the invoice.'
        - 'Facebook commit sha: 3f9a2c1e7b4d6f8a0c2e4b6d8f1a3c5e'
        - 'Lob tracking number: test_ shipments use the sandbox.'
        - 'Stripe test keys look like sk_test_... and are fine in docs.'
        - 'Here is the link: https://app.asana.com/0/1204417519236561/1205523614478912'
`;
