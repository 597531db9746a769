#[derive(Debug, Clone)]
struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout: u32,
}

struct RequestBuilder {
    req: Request,
}

impl RequestBuilder {
    fn new(url: &str) -> Self {
        RequestBuilder {
            req: Request { method: "GET".into(), url: url.into(), headers: vec![], body: None, timeout: 30 },
        }
    }
    fn method(mut self, m: &str) -> Self {
        self.req.method = m.to_string();
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.req.headers.push((k.to_string(), v.to_string()));
        self
    }
    fn body(mut self, b: &str) -> Self {
        self.req.body = Some(b.to_string());
        self
    }
    fn timeout(mut self, t: u32) -> Self {
        self.req.timeout = t;
        self
    }
    fn build(self) -> Request {
        self.req
    }
}

fn main() {
    let get = RequestBuilder::new("/index").build();
    println!("{:?}", get);
    let post = RequestBuilder::new("/api/items")
        .method("POST")
        .header("Content-Type", "json")
        .header("X-Id", "7")
        .body("{\"a\":1}")
        .timeout(5)
        .build();
    println!("{:#?}", post);
    let mut copy = post.clone();
    copy.url.push_str("/2");
    println!("{} {} {}", post.url, copy.url, copy.headers.len());
    let b = RequestBuilder::new("/x").method("DELETE");
    let r = b.timeout(1).build();
    println!("{} {} {} {:?}", r.method, r.url, r.timeout, r.body);
}
