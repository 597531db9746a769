struct Frame {
    n: usize,
}

impl Drop for Frame {
    fn drop(&mut self) {
        println!("  end frame {}", self.n);
    }
}

fn main() {
    for n in 0..3 {
        let f = Frame { n };
        println!("start frame {}", f.n);
    }
    println!("loop finished");
}
