// Strategy pattern with generics: chosen at compile time.
trait Compressor {
    fn compress(&self, data: &str) -> String;
}

struct RunLength;
struct Identity;

impl Compressor for RunLength {
    fn compress(&self, data: &str) -> String {
        let mut out = String::new();
        let chars: Vec<char> = data.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let mut n = 1;
            while i + n < chars.len() && chars[i + n] == c {
                n += 1;
            }
            out.push_str(&format!("{}{}", n, c));
            i += n;
        }
        out
    }
}

impl Compressor for Identity {
    fn compress(&self, data: &str) -> String {
        data.to_string()
    }
}

struct Archiver<C: Compressor> {
    method: C,
    stored: Vec<String>,
}

impl<C: Compressor> Archiver<C> {
    fn store(&mut self, data: &str) {
        let packed = self.method.compress(data);
        self.stored.push(packed);
    }
}

fn main() {
    let mut a = Archiver { method: RunLength, stored: vec![] };
    a.store("aaabccdddd");
    a.store("xyz");
    let mut b = Archiver { method: Identity, stored: vec![] };
    b.store("aaabccdddd");
    println!("{:?}", a.stored);
    println!("{:?}", b.stored);
}
