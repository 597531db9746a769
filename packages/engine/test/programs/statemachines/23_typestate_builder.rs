// A request builder whose type tracks whether a URL has been set
use std::marker::PhantomData;

struct NoUrl;
struct HasUrl;

struct RequestBuilder<U> {
    url: Option<String>,
    headers: Vec<(String, String)>,
    _url: PhantomData<U>,
}

#[derive(Debug)]
struct Request {
    url: String,
    headers: Vec<(String, String)>,
}

impl RequestBuilder<NoUrl> {
    fn new() -> Self {
        RequestBuilder { url: None, headers: Vec::new(), _url: PhantomData }
    }
    fn url(self, url: &str) -> RequestBuilder<HasUrl> {
        RequestBuilder { url: Some(url.to_string()), headers: self.headers, _url: PhantomData }
    }
}

impl<U> RequestBuilder<U> {
    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
}

impl RequestBuilder<HasUrl> {
    fn build(self) -> Request {
        // the type guarantees the url is present
        Request { url: self.url.unwrap(), headers: self.headers }
    }
}

fn main() {
    let req = RequestBuilder::new()
        .header("Accept", "text/plain")
        .url("https://example.org/items")
        .header("X-Trace", "abc")
        .build();
    println!("{:?}", req);
    println!("{} header(s) for {}", req.headers.len(), req.url);
    println!("ZST markers: {} {}", std::mem::size_of::<NoUrl>(), std::mem::size_of::<PhantomData<HasUrl>>());
}
