// Mistake: the builder is consumed by build(), then used again.
#[derive(Debug)]
struct Request {
    url: String,
    retries: u8,
}

struct RequestBuilder {
    url: String,
    retries: u8,
}

impl RequestBuilder {
    fn new(url: &str) -> Self {
        RequestBuilder { url: url.to_string(), retries: 0 }
    }
    fn retries(mut self, n: u8) -> Self {
        self.retries = n;
        self
    }
    fn build(self) -> Request {
        Request { url: self.url, retries: self.retries }
    }
}

fn main() {
    let builder = RequestBuilder::new("https://example.org").retries(3);
    let first = builder.build();
    // try to make a second request from the same builder
    let second = builder.build();
    println!("{:?} {:?}", first, second);
}
