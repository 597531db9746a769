// Parsing HTTP-style headers into a struct with Option fields.
#[derive(Debug, Default)]
struct Request {
    method: String,
    path: String,
    host: Option<String>,
    content_length: Option<usize>,
}

fn parse_request(raw: &str) -> Option<Request> {
    let mut lines = raw.lines();
    let first = lines.next()?;
    let mut parts = first.split_whitespace();
    let mut req = Request {
        method: parts.next()?.to_string(),
        path: parts.next()?.to_string(),
        ..Default::default()
    };
    for line in lines {
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        let value = value.trim();
        match name.to_ascii_lowercase().as_str() {
            "host" => req.host = Some(value.to_string()),
            "content-length" => req.content_length = value.parse().ok(),
            _ => {}
        }
    }
    Some(req)
}

fn main() {
    let raw = "POST /submit HTTP/1.1\r\nHost: example.org\r\nContent-Length: 27\r\nX-Debug: on\r\n\r\nbody here";
    println!("{:#?}", parse_request(raw));
    println!("{:?}", parse_request("GET"));
    println!("{:?}", parse_request("GET / HTTP/1.1\nbroken header"));
}
