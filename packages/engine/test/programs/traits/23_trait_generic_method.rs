// A trait with a generic method
use std::fmt::Debug;

trait Logger {
    fn prefix(&self) -> String;
    fn log<T: Debug>(&self, value: T) {
        println!("{} {:?}", self.prefix(), value);
    }
}

struct Console {
    level: u8,
}

impl Logger for Console {
    fn prefix(&self) -> String {
        format!("[L{}]", self.level)
    }
}

trait Transformer {
    fn apply<F>(&self, f: F) -> Vec<i32>
    where
        F: Fn(i32) -> i32;
}

struct Numbers(Vec<i32>);

impl Transformer for Numbers {
    fn apply<F>(&self, f: F) -> Vec<i32>
    where
        F: Fn(i32) -> i32,
    {
        self.0.iter().map(|&x| f(x)).collect()
    }
}

fn main() {
    let c = Console { level: 2 };
    c.log(42);
    c.log("text");
    c.log(vec![1, 2]);
    c.log((1, 'a', true));
    c.log::<Option<f64>>(None);

    let n = Numbers(vec![1, 2, 3, 4]);
    println!("{:?}", n.apply(|x| x * 10));
    let offset = 7;
    println!("{:?}", n.apply(move |x| x + offset));
    println!("{:?}", n.apply(i32::wrapping_neg));
}
