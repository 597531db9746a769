// Exercise: a generic max printer used with numbers, strings and a struct.
#[derive(Debug)]
struct Score(u32);

impl Score {
    fn value(&self) -> u32 {
        self.0
    }
}

fn print_max<T: PartialOrd + std::fmt::Debug>(a: T, b: T) {
    if a > b {
        println!("{:?}", a);
    } else {
        println!("{:?}", b);
    }
}

fn main() {
    print_max(3, 8);
    print_max("x", "a");
    let s = Score(5);
    let t = Score(9);
    print_max(s.value(), t.value());
    print_max(s, t);
}
