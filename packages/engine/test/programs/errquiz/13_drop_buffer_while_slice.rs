fn main() {
    let buffer = String::from("GET /index.html HTTP/1.1");
    let method = &buffer[..3];

    // free the request buffer as soon as possible
    drop(buffer);

    match method {
        "GET" => println!("read request"),
        "POST" => println!("write request"),
        _ => println!("unknown"),
    }
}
