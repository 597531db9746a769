struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("cleanup: {}", self.name);
    }
}

fn process(items: &[i32]) -> i32 {
    let _g = Guard { name: "process".to_string() };
    let mut total = 0;
    for &i in items {
        if i < 0 {
            panic!("negative item: {}", i);
        }
        total += i;
        println!("running total {}", total);
    }
    total
}

fn main() {
    let _outer = Guard { name: "main".to_string() };
    let _boxed = Box::new(Guard { name: "boxed".to_string() });
    println!("ok: {}", process(&[1, 2, 3]));
    println!("bad: {}", process(&[4, -5, 6]));
}
