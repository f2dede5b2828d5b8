// The headings printed on a hand-out, in the client's language. These are content for the
// client, not the app's interface (which is German or English), so they live here and not
// in the i18n resources. Languages without labels print German headings with English
// beside them; the texts of the offer come from its translations either way.
// Written for the example by the team; a native speaker should check them before use.

export type HandoutLabels = {
  provider: string;
  openingHours: string;
  address: string;
  directions: string;
  contact: string;
  phone: string;
  email: string;
  website: string;
  notes: string;
  cost: string;
  free: string;
  accessible: string;
  onlyGerman: string;
  qr: string;
  /** No opening hours are recorded: say so, rather than promise appointments. */
  hoursUnknown: string;
  /** Printed below the places when there are more than the sheet has room for ({{count}}). */
  moreLocations: string;
};

const de: HandoutLabels = {
  provider: 'Träger',
  openingHours: 'Öffnungszeiten',
  address: 'Adresse',
  directions: 'So kommen Sie hin',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-Mail',
  website: 'Internet',
  notes: 'Gut zu wissen',
  cost: 'Kosten',
  free: 'kostenlos',
  accessible: 'rollstuhlgerecht',
  onlyGerman: 'Diese Angabe liegt nur auf Deutsch vor.',
  qr: 'QR-Code scannen: Kontakt im Telefon speichern.',
  hoursUnknown: 'Keine Zeiten bekannt – bitte vorher nachfragen.',
  moreLocations: '+ {{count}} weitere Orte – bitte beim Träger nachfragen.',
};

const labels: Record<string, HandoutLabels> = {
  de,
  en: {
    provider: 'Provider',
    openingHours: 'Opening hours',
    address: 'Address',
    directions: 'How to get there',
    contact: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    notes: 'Good to know',
    cost: 'Cost',
    free: 'free of charge',
    accessible: 'wheelchair accessible',
    onlyGerman: 'This information is only available in German.',
    qr: 'Scan the QR code to save the contact on your phone.',
    hoursUnknown: 'Times not known – please ask before you go.',
    moreLocations: '+ {{count}} more places – please ask the provider.',
  },
  ar: {
    provider: 'الجهة المقدّمة',
    openingHours: 'أوقات الدوام',
    address: 'العنوان',
    directions: 'كيف تصل إلى هناك',
    contact: 'التواصل',
    phone: 'الهاتف',
    email: 'البريد الإلكتروني',
    website: 'الموقع الإلكتروني',
    notes: 'معلومات مفيدة',
    cost: 'التكلفة',
    free: 'مجاناً',
    accessible: 'مناسب للكراسي المتحركة',
    onlyGerman: 'هذه المعلومة متوفرة باللغة الألمانية فقط.',
    qr: 'امسح رمز QR لحفظ جهة الاتصال في هاتفك.',
    hoursUnknown: 'الأوقات غير معروفة – يرجى الاستفسار مسبقًا.',
    moreLocations: '+ {{count}} أماكن أخرى – يرجى السؤال لدى الجهة المقدّمة.',
  },
  uk: {
    provider: 'Організація',
    openingHours: 'Години роботи',
    address: 'Адреса',
    directions: 'Як дістатися',
    contact: 'Контакти',
    phone: 'Телефон',
    email: 'Електронна пошта',
    website: 'Вебсайт',
    notes: 'Корисно знати',
    cost: 'Вартість',
    free: 'безкоштовно',
    accessible: 'доступно для візків',
    onlyGerman: 'Ця інформація доступна лише німецькою мовою.',
    qr: 'Скануйте QR-код, щоб зберегти контакт у телефоні.',
    hoursUnknown: 'Години роботи невідомі – будь ласка, уточніть заздалегідь.',
    moreLocations: '+ ще {{count}} місць – будь ласка, уточніть в організації.',
  },
  ru: {
    provider: 'Организация',
    openingHours: 'Часы работы',
    address: 'Адрес',
    directions: 'Как добраться',
    contact: 'Контакты',
    phone: 'Телефон',
    email: 'Электронная почта',
    website: 'Сайт',
    notes: 'Полезно знать',
    cost: 'Стоимость',
    free: 'бесплатно',
    accessible: 'доступно для инвалидных колясок',
    onlyGerman: 'Эта информация доступна только на немецком языке.',
    qr: 'Отсканируйте QR-код, чтобы сохранить контакт в телефоне.',
    hoursUnknown: 'Часы работы неизвестны – пожалуйста, уточните заранее.',
    moreLocations: '+ ещё {{count}} мест – пожалуйста, уточните в организации.',
  },
  tr: {
    provider: 'Kurum',
    openingHours: 'Çalışma saatleri',
    address: 'Adres',
    directions: 'Nasıl gidilir',
    contact: 'İletişim',
    phone: 'Telefon',
    email: 'E-posta',
    website: 'İnternet sitesi',
    notes: 'Bilmekte fayda var',
    cost: 'Ücret',
    free: 'ücretsiz',
    accessible: 'tekerlekli sandalyeye uygun',
    onlyGerman: 'Bu bilgi yalnızca Almanca olarak mevcuttur.',
    qr: 'Kişiyi telefonunuza kaydetmek için QR kodunu tarayın.',
    hoursUnknown: 'Saatler bilinmiyor – lütfen önceden sorun.',
    moreLocations: '+ {{count}} yer daha – lütfen kurumdan öğrenin.',
  },
  fa: {
    provider: 'ارائه‌دهنده',
    openingHours: 'ساعات کاری',
    address: 'نشانی',
    directions: 'چگونه به آنجا بروید',
    contact: 'تماس',
    phone: 'تلفن',
    email: 'ایمیل',
    website: 'وب‌سایت',
    notes: 'خوب است بدانید',
    cost: 'هزینه',
    free: 'رایگان',
    accessible: 'مناسب برای ویلچر',
    onlyGerman: 'این اطلاعات فقط به زبان آلمانی موجود است.',
    qr: 'کد QR را اسکن کنید تا مخاطب در تلفن شما ذخیره شود.',
    hoursUnknown: 'ساعات مشخص نیست – لطفاً از قبل بپرسید.',
    moreLocations: '+ {{count}} مکان دیگر – لطفاً از ارائه‌دهنده بپرسید.',
  },
};
// Dari is written like Farsi; the few differing words are not used in these headings.
labels.prs = { ...labels.fa! };

/** Headings in the language, or German with English for a language without them. */
export function handoutLabels(lang: string): { labels: HandoutLabels; native: boolean } {
  const found = labels[lang] ?? labels[lang.split('-')[0] ?? ''];
  if (found) return { labels: found, native: true };
  const english = labels.en!;
  const both = Object.fromEntries(Object.entries(de).map(([key, value]) => [key, `${value} / ${english[key as keyof HandoutLabels]}`])) as HandoutLabels;
  return { labels: both, native: false };
}
