#[derive(Debug, Clone, Copy, PartialEq)]
enum HttpStatus {
    Ok = 200,
    Created = 201,
    NoContent = 204,
    MovedPermanently = 301,
    BadRequest = 400,
    NotFound = 404,
    InternalError = 500,
}

#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Level {
    Trace = 1,
    Debug,
    Info,
    Warn = 10,
    Error,
}

impl HttpStatus {
    fn class(self) -> &'static str {
        match self as i32 {
            200..=299 => "success",
            300..=399 => "redirect",
            400..=499 => "client error",
            _ => "server error",
        }
    }
}

fn main() {
    let all = [
        HttpStatus::Ok,
        HttpStatus::Created,
        HttpStatus::NoContent,
        HttpStatus::MovedPermanently,
        HttpStatus::BadRequest,
        HttpStatus::NotFound,
        HttpStatus::InternalError,
    ];
    for s in all {
        println!("{} {:?} ({})", s as i32, s, s.class());
    }
    let levels = [Level::Trace, Level::Debug, Level::Info, Level::Warn, Level::Error];
    for l in levels {
        println!("{:?} = {}", l, l as u8);
    }
    let sum: i32 = all.iter().map(|&s| s as i32).sum();
    println!("sum of codes = {}", sum);
    println!("Error > Info? {}", (Level::Error as u8) > (Level::Info as u8));
}
