// Strategy pattern: swap the algorithm at runtime.
trait Compression {
    fn compress(&self, data: &str) -> String;
}

struct NoCompression;
struct RunLength;

impl Compression for NoCompression {
    fn compress(&self, data: &str) -> String { data.to_string() }
}

impl Compression for RunLength {
    fn compress(&self, data: &str) -> String {
        let mut out = String::new();
        let chars: Vec<char> = data.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let mut n = 1;
            while i + n < chars.len() && chars[i + n] == c { n += 1; }
            out.push_str(&format!("{}{}", n, c));
            i += n;
        }
        out
    }
}

struct Archiver {
    strategy: Box<dyn Compression>,
}

impl Archiver {
    fn set_strategy(&mut self, s: Box<dyn Compression>) { self.strategy = s; }
    fn store(&self, data: &str) { println!("stored: {}", self.strategy.compress(data)); }
}

fn main() {
    let mut a = Archiver { strategy: Box::new(NoCompression) };
    a.store("aaabccdddd");
    a.set_strategy(Box::new(RunLength));
    a.store("aaabccdddd");
}
