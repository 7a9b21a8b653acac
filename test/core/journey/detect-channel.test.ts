import { describe, expect, it } from 'vitest';
import { detectChannel, readChannelWords } from '../../../src/core/journey/detect-channel';
import { CHANNELS } from '../../../src/core/journey/journey-schema';
import type { Channel } from '../../../src/core/journey/journey-schema';

describe('detectChannel on touchpoint notes', () => {
  const cases: Array<[language: string, text: string, channel: Channel | null]> = [
    ['en', 'E-mail receipt', 'email'],
    ['en', 'SMS with a link', 'sms'],
    ['en', 'Calls the helpline', 'phone'],
    ['en', 'Instagram post', 'social'],
    ['en', 'Kiosk check-in', 'self-service'],
    ['en', 'Website product page', 'web'],
    ['en', 'Downloads the app from the App Store', 'app'],
    ['en', 'Push notification about the order', 'app'],
    ['en', 'Live chat with support', 'chat'],
    ['en', 'WhatsApp message', 'chat'],
    ['en', 'Billboard near the station', 'ads'],
    ['en', 'Instagram ad', 'ads'],
    ['en', 'Banner on the website', 'ads'],
    ['en', 'Website chat', 'web'],
    ['en', 'Welcome letter', 'letter'],
    ['en', 'Catalogue by post', 'letter'],
    ['en', 'Visits the store', 'in-person'],
    ['en', 'Friend recommends us', 'word-of-mouth'],
    ['en', 'Word of mouth', 'word-of-mouth'],
    ['en', 'Emails', 'email'],
    ['en', 'Phones the branch', 'phone'],
    ['en', 'Text message reminder', 'sms'],
    ['en', '📞 support', 'phone'],
    ['en', '✉️ receipt', 'email'],
    ['en', 'Reads reviews', null],
    ['en', 'Compares prices', null],
    ['fr', 'Reçoit un courriel de confirmation', 'email'],
    ['fr', 'Appelle le service client', 'phone'],
    ['fr', 'Site web du magasin', 'web'],
    ['fr', 'Page d’accueil', 'web'],
    ['fr', 'Publicité sur Facebook', 'ads'],
    ['fr', 'Borne en magasin', 'self-service'],
    ['fr', 'Bouche-à-oreille', 'word-of-mouth'],
    ['fr', 'Lettre de bienvenue', 'letter'],
    ['fr', 'Au guichet', 'in-person'],
    ['fr', 'Télécharge l’appli', 'app'],
    ['de', 'E-Mail-Bestätigung', 'email'],
    ['de', 'Ruft die Hotline an', 'phone'],
    ['de', 'Webseite des Händlers', 'web'],
    ['de', 'Werbung im Fernsehen', 'ads'],
    ['de', 'Empfehlung von Freunden', 'word-of-mouth'],
    ['de', 'Fahrkartenautomat am Bahnhof', 'self-service'],
    ['de', 'Beratung in der Filiale', 'in-person'],
    ['de', 'Soziale Medien', 'social'],
    ['de', 'Vergleicht Preise', null],
    ['es', 'Correo electrónico de bienvenida', 'email'],
    ['es', 'Mensaje de texto con el código', 'sms'],
    ['es', 'Llamada al centro de atención', 'phone'],
    ['es', 'Anuncio en Instagram', 'ads'],
    ['es', 'Redes sociales', 'social'],
    ['es', 'Visita la tienda', 'in-person'],
    ['es', 'Cajero automático', 'self-service'],
    ['es', 'Recomendación de un amigo', 'word-of-mouth'],
    ['es', 'Carta por correo postal', 'letter'],
    ['es', 'Aplicación móvil', 'app'],
    ['es', 'Compara precios', null],
  ];

  it.each(cases)('%s: "%s" is %s', (_language, text, channel) => {
    expect(detectChannel(text, true)).toBe(channel);
  });
});

describe('detectChannel from tags', () => {
  it('takes a tag naming a channel on any note, before the words', () => {
    expect(detectChannel('Hidden fees #email', false)).toBe('email');
    expect(detectChannel('Website banner #in-person', true)).toBe('in-person');
    expect(detectChannel('Asked at the desk #Self-Service', false)).toBe('self-service');
    expect(detectChannel('Saw it #instagram', false)).toBe('social');
  });

  it('reads every channel name as a tag', () => {
    for (const channel of CHANNELS) expect(detectChannel(`Note #${channel}`, false)).toBe(channel);
  });

  it('leaves notes outside touchpoint lanes without a channel unless a tag names one', () => {
    expect(detectChannel('Calls the helpline', false)).toBeNull();
    expect(detectChannel('Calls the helpline #P3', false)).toBeNull();
  });

  it('does not read a tag that only starts with a channel as a channel', () => {
    expect(detectChannel('Slow reply #email-survey', false)).toBeNull();
    expect(detectChannel('Slow reply #interview-4', false)).toBeNull();
  });
});

describe('readChannelWords', () => {
  it('drops case, accents and punctuation, and keeps emoji as words', () => {
    expect(readChannelWords('Télé-Phone, SMS 📱!')).toEqual(['tele', 'phone', 'sms', '📱']);
    expect(readChannelWords('Geschäft Straße')).toEqual(['geschaft', 'strasse']);
  });
});
