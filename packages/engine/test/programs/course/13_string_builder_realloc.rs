// Lab 5, exercise 1: how often does a String reallocate?
// We watch capacity(): every change means a new, bigger buffer was allocated.

struct Builder {
    buf: String,
    reallocs: u32,
}

impl Builder {
    fn new() -> Self {
        Builder { buf: String::new(), reallocs: 0 }
    }

    fn with_capacity(cap: usize) -> Self {
        Builder { buf: String::with_capacity(cap), reallocs: 0 }
    }

    fn append(&mut self, piece: &str) {
        let before = self.buf.capacity();
        self.buf.push_str(piece);
        let after = self.buf.capacity();
        if after != before {
            self.reallocs += 1;
            println!("  grow {:>3} -> {:>3} (len {})", before, after, self.buf.len());
        }
    }
}

fn fill(b: &mut Builder) {
    for i in 0..20 {
        b.append(&format!("{},", i));
    }
}

fn main() {
    println!("starting empty:");
    let mut a = Builder::new();
    fill(&mut a);
    println!("reallocations = {}, final len = {}", a.reallocs, a.buf.len());

    println!("starting with capacity 64:");
    let mut b = Builder::with_capacity(64);
    fill(&mut b);
    println!("reallocations = {}, final len = {}", b.reallocs, b.buf.len());

    println!("same text? {}", a.buf == b.buf);
    a.buf.shrink_to_fit();
    println!("after shrink_to_fit: capacity = {}", a.buf.capacity());
}
