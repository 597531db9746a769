struct Once {
    n: u32,
}

impl Iterator for Once {
    type Item = u32;
    fn next(&self) -> Option<u32> {
        None
    }
}

fn main() {
    let o = Once { n: 1 };
    println!("{}", o.n);
}
