use std::fmt;

mod db {
    use std::fmt;

    #[derive(Debug)]
    pub enum Error {
        NotFound(u32),
        Locked,
    }

    impl fmt::Display for Error {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            match self {
                Error::NotFound(id) => write!(f, "row {} not found", id),
                Error::Locked => write!(f, "table is locked"),
            }
        }
    }

    pub fn load(id: u32) -> Result<String, Error> {
        match id {
            1 => Ok("alice".to_string()),
            2 => Err(Error::Locked),
            _ => Err(Error::NotFound(id)),
        }
    }
}

mod http {
    #[derive(Debug)]
    pub struct Error {
        pub status: u16,
        pub reason: String,
    }

    pub fn get(path: &str) -> Result<String, Error> {
        if path.starts_with("/users/") {
            Ok(format!("200 OK {}", path))
        } else {
            Err(Error { status: 404, reason: "Not Found".into() })
        }
    }
}

use db::Error as DbError;
use http::Error as HttpError;

enum AppError {
    Db(DbError),
    Http(HttpError),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Db(e) => write!(f, "database: {}", e),
            AppError::Http(e) => write!(f, "http {}: {}", e.status, e.reason),
        }
    }
}

fn handle(path: &str, id: u32) -> Result<String, AppError> {
    let page = http::get(path).map_err(AppError::Http)?;
    let user = db::load(id).map_err(AppError::Db)?;
    Ok(format!("{} -> {}", page, user))
}

fn main() {
    let cases = [("/users/1", 1), ("/admin", 1), ("/users/2", 2), ("/users/7", 7)];
    for (path, id) in cases {
        match handle(path, id) {
            Ok(s) => println!("ok: {}", s),
            Err(e) => println!("error: {}", e),
        }
    }
    let raw: db::Error = db::Error::NotFound(3);
    println!("{:?}", raw);
}
