// A memoizing struct that stores a closure (older editions of the Rust Book).
struct Cacher<T>
where
    T: Fn(u32) -> u32,
{
    calculation: T,
    value: Option<u32>,
    calls: u32,
}

impl<T> Cacher<T>
where
    T: Fn(u32) -> u32,
{
    fn new(calculation: T) -> Cacher<T> {
        Cacher { calculation, value: None, calls: 0 }
    }

    fn value(&mut self, arg: u32) -> u32 {
        match self.value {
            Some(v) => v,
            None => {
                self.calls += 1;
                let v = (self.calculation)(arg);
                self.value = Some(v);
                v
            }
        }
    }
}

fn main() {
    let mut expensive = Cacher::new(|num| {
        println!("calculating slowly...");
        num * 2
    });

    println!("first: {}", expensive.value(21));
    println!("second: {}", expensive.value(21));
    println!("third: {}", expensive.value(99));
    println!("closure ran {} time(s)", expensive.calls);
}
