fn main() {
    let codes = [200, 404, 301];
    for code in codes {
        let message: &str;
        match code {
            200 => message = "OK",
            404 => message = "Not Found",
            500 => message = "Server Error",
            _ => println!("unusual code {}", code),
        }
        println!("{} {}", code, message);
    }
}
