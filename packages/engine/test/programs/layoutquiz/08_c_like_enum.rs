use std::mem::size_of;

// A C-like enum with explicit discriminants
#[derive(Debug, Clone, Copy)]
enum HttpStatus {
    Ok = 200,
    NotFound = 404,
    Teapot = 418,
    ServerError = 500,
}

fn main() {
    let all = [HttpStatus::Ok, HttpStatus::NotFound, HttpStatus::Teapot, HttpStatus::ServerError];
    for s in all {
        println!("{:?} = {}", s, s as i32);
    }
    // Discriminants up to 500 do not fit in one byte
    println!("size_of::<HttpStatus>() = {}", size_of::<HttpStatus>());

    let code = HttpStatus::Teapot as u16;
    println!("teapot code fits in u16: {}", code);
}
