use std::fmt;

struct Tag {
    label: String,
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // f.pad honours width, fill, alignment and precision.
        f.pad(&self.label)
    }
}

struct Loud(String);

impl fmt::Display for Loud {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // write! ignores the caller's width.
        write!(f, "{}!", self.0.to_uppercase())
    }
}

fn main() {
    let t = Tag { label: "rust".to_string() };
    println!("[{}]", t);
    println!("[{:>8}]", t);
    println!("[{:<8}]", t);
    println!("[{:*^8}]", t);
    println!("[{:.2}]", t);
    println!("[{:>6.3}]", t);

    let l = Loud("hey".to_string());
    println!("[{}]", l);
    println!("[{:>10}]", l);
    let s = l.to_string();
    println!("[{:>10}]", s);
}
