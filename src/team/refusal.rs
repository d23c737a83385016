//! Why an item a manager adds is not taken, and the limits of one intake:
//! what the reading of links (`entry`), CSV files (`csv`) and whole
//! intakes (`intake`) answers with. A file of its own so that those three
//! depend on it and not on each other.

use crate::document::share::LinkError;
use crate::text::lang::Text;

/// Largest text or file read (10,000 of the longest links fit in about 2 MB).
pub const MAX_SOURCE_BYTES: usize = 4 * 1024 * 1024;
/// Most texts and files in one intake.
pub const MAX_SOURCES: usize = 500;
/// Most items (links, CSV results, JSON results) read in one intake.
pub const MAX_ITEMS: usize = 50_000;

/// Why an item was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A link that is damaged, truncated, edited, foreign, from a newer
    /// app, or made under another company configuration.
    Link(LinkError),
    /// A file made with other questions or journeys.
    OtherContent,
    /// Read fine, but holds no answers and no rated touchpoint.
    NotAResult,
    /// A text with no share link in it.
    NoLinks,
    /// An export file with no finished result in it.
    NoResults,
    /// A Service Ladder file that cannot be read (the reason, in English, from the reader).
    Unreadable(String),
    /// A file exported by a newer app (its schema).
    Newer(u32),
    /// A `{…}` text that is not a Service Ladder file.
    NotOurs,
    TooBig,
    /// Past `MAX_ITEMS` or `MAX_SOURCES`: the rest was not read.
    TooMany,
    /// A walk with more touchpoints than a journey can have.
    TooManyTouchpoints,
    Csv(CsvProblem),
}

impl Refusal {
    pub fn text(&self) -> Text {
        let t = |ru: &str, en: &str| Text::pair(ru, en);
        match self {
            Refusal::Link(e) => link_error(e),
            Refusal::OtherContent => t(
                "Этот результат сделан с другими вопросами или путями клиента (в другой настройке приложения, например другой компании) и здесь не сравним. Соберите его там, где приложение настроено так же.",
                "This result was made with other questions or journeys (another setup of the app, such as another company's) and cannot be compared here. Collect it where the app is set up the same way.",
            ),
            Refusal::NotAResult => t(
                "Здесь нет готового результата: ни ответов, ни оценённых точек контакта. Попросите прислать ссылку после того, как самопроверка или путь клиента пройдены.",
                "This holds no finished result: no answers and no rated touchpoint. Ask for the link once the self-check or the journey walk is finished.",
            ),
            Refusal::NoLinks => t(
                "Ссылок с результатами здесь не найдено. Вставьте сообщения, в которых есть ссылки (в них есть «#share=»), или выберите файлы, выгруженные из приложения.",
                "No result links were found here. Paste the messages that hold the links (they contain “#share=”), or choose files exported from the app.",
            ),
            Refusal::NoResults => {
                t("В этом файле нет ни одного готового результата.", "This file holds no finished result.")
            }
            Refusal::Unreadable(why) => Text::pair(
                format!(
                    "Файл Service Ladder повреждён и не читается ({}). Попросите выгрузить его ещё раз.",
                    crate::codec::reader::shorten(why)
                ),
                format!(
                    "This Service Ladder file is damaged and cannot be read ({}). Ask for it to be exported again.",
                    crate::codec::reader::shorten(why)
                ),
            ),
            Refusal::Newer(v) => Text::pair(
                format!(
                    "Файл выгружен более новой версией приложения (схема {v}). Обновите приложение и добавьте файл снова."
                ),
                format!(
                    "This file was exported by a newer version of the app (schema {v}). Update the app, then add the file again."
                ),
            ),
            Refusal::NotOurs => t(
                "Это не файл, выгруженный из Service Ladder. Выберите файл .json или .csv из приложения или вставьте ссылки.",
                "This is not a file exported from Service Ladder. Choose a .json or .csv file from the app, or paste links.",
            ),
            Refusal::TooBig => Text::pair(
                format!(
                    "Это больше {} МБ — больше любого файла или списка ссылок из приложения. Разделите его на части.",
                    MAX_SOURCE_BYTES / 1024 / 1024
                ),
                format!(
                    "This is larger than {} MB, more than any file or list of links from the app. Split it into parts.",
                    MAX_SOURCE_BYTES / 1024 / 1024
                ),
            ),
            Refusal::TooMany => Text::pair(
                format!(
                    "За один раз принимается не больше {MAX_ITEMS} результатов и {MAX_SOURCES} файлов; остальное не прочитано. Добавьте остальное отдельно."
                ),
                format!(
                    "At most {MAX_ITEMS} results and {MAX_SOURCES} files are taken at once; the rest was not read. Add the rest separately."
                ),
            ),
            Refusal::TooManyTouchpoints => Text::pair(
                format!(
                    "В этом пути больше {} точек контакта — столько в пути не бывает: его изменили вручную.",
                    crate::walk::journey::MAX_TOUCHPOINTS
                ),
                format!(
                    "This walk has more than {} touchpoints, more than a journey can have: it was changed by hand.",
                    crate::walk::journey::MAX_TOUCHPOINTS
                ),
            ),
            Refusal::Csv(p) => p.text(),
        }
    }
}

/// `LinkError`'s message in both languages, for a manager taking links in.
// Lead: `share::LinkError` could carry these Russian texts itself.
pub fn link_error(e: &LinkError) -> Text {
    let t = |ru: &str, en: &str| Text::pair(ru, en);
    match e {
        LinkError::Foreign => t(
            "Это не ссылка с результатом Service Ladder. Вставьте ссылку целиком, начиная с https://.",
            "This is not a Service Ladder result link. Paste the whole link you were sent, starting with https://.",
        ),
        LinkError::TooLong => t(
            "Ссылка длиннее любой ссылки с результатом. Попросите отправить её ещё раз.",
            "This link is longer than any result link can be. Ask for the link to be shared again.",
        ),
        LinkError::Damaged => t(
            "Ссылка повреждена или обрезана: часть её потерялась или изменена. Попросите отправителя скопировать ссылку целиком ещё раз.",
            "This link is damaged or incomplete: part of it is missing or was changed. Ask the sender to copy the whole link again.",
        ),
        LinkError::NewerVersion(_) => t(
            "Ссылка сделана более новой версией приложения. Обновите приложение здесь или откройте ссылку там, где размещено приложение отправителя.",
            "This link was made by a newer version of the app. Update the app here, or open the link where the sender's app is hosted.",
        ),
        LinkError::Unusable(_) => t(
            "Ссылка цела, но в ней не результат, который приложение может показать. Попросите прислать новую ссылку.",
            "This link is intact, but it does not hold a result the app can show. Ask for a new link.",
        ),
        LinkError::Empty => t(
            "Ссылка цела, но пуста: в ней нет ни ответов, ни прохождения пути. Попросите прислать результат ещё раз.",
            "This link is intact but empty: it holds no answers and no walk. Ask for the result to be sent again.",
        ),
        LinkError::OtherContent => t(
            "Ссылка сделана с другими вопросами или путями клиента (в другой настройке приложения, например другой компании) и здесь не сравнима. Соберите её там, где приложение настроено так же.",
            "This link was made with other questions or journeys (another setup of the app, such as another company's) and cannot be compared here. Collect it where the app is set up the same way.",
        ),
    }
}

/// What was wrong with a result in a CSV file, naming the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// A row that could not be read at all.
    Row { line: usize },
    /// A score that is not a whole number from 0 to 100.
    Score { line: usize, value: String },
    /// A rating that is not −1, 0 or +1.
    Rating { line: usize, value: String },
    /// The level rows are not the three levels with one of them marked.
    Levels { line: usize },
    /// Rows before the first header.
    NoHeader { line: usize },
}

impl CsvProblem {
    pub fn text(&self) -> Text {
        let short = |v: &str| crate::codec::reader::shorten(v);
        match self {
            CsvProblem::Row { line } => Text::pair(
                format!(
                    "Строку {line} не удалось прочитать: в ней незакрытая кавычка, слишком много ячеек или слишком длинная ячейка. Выгрузите файл из приложения ещё раз."
                ),
                format!(
                    "Line {line} could not be read: it has an unclosed quote, too many cells or a cell too long. Export the file from the app again."
                ),
            ),
            CsvProblem::Score { line, value } => Text::pair(
                format!(
                    "Строка {line}: «{}» — не число от 0 до 100. Файл изменили после выгрузки; выгрузите его из приложения ещё раз.",
                    short(value)
                ),
                format!(
                    "Line {line}: “{}” is not a number from 0 to 100. The file was changed after export; export it from the app again.",
                    short(value)
                ),
            ),
            CsvProblem::Rating { line, value } => Text::pair(
                format!(
                    "Строка {line}: «{}» — не оценка −1, 0 или +1. Файл изменили после выгрузки; выгрузите его из приложения ещё раз.",
                    short(value)
                ),
                format!(
                    "Line {line}: “{}” is not a rating of −1, 0 or +1. The file was changed after export; export it from the app again.",
                    short(value)
                ),
            ),
            CsvProblem::Levels { line } => Text::pair(
                format!(
                    "Результат со строки {line}: нет трёх строк уровней, одна из которых отмечена как уровень. Файл изменили после выгрузки; выгрузите его из приложения ещё раз."
                ),
                format!(
                    "The result from line {line}: the three level rows, one marked as the level, are not all there. The file was changed after export; export it from the app again."
                ),
            ),
            CsvProblem::NoHeader { line } => Text::pair(
                format!(
                    "Строка {line} стоит до заголовка «section,id,name,answer,score» и не относится ни к одному результату."
                ),
                format!("Line {line} comes before the header “section,id,name,answer,score” and belongs to no result."),
            ),
        }
    }
}
