// Lab 6, exercise 1: RAII guards.
// A guard prints "enter" when created and "exit" when dropped, even on early return.

struct Guard {
    name: String,
    depth: usize,
}

impl Guard {
    fn new(name: &str, depth: usize) -> Guard {
        println!("{}enter {}", "  ".repeat(depth), name);
        Guard { name: name.to_string(), depth }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("{}exit {}", "  ".repeat(self.depth), self.name);
    }
}

fn parse_digit(c: char) -> Option<u32> {
    let _g = Guard::new("parse_digit", 1);
    let d = c.to_digit(10)?; // early return still runs the guard's Drop
    println!("    got digit {}", d);
    Some(d)
}

fn main() {
    let _outer = Guard::new("main", 0);
    {
        let _block = Guard::new("block", 1);
        println!("    working inside block");
    }

    println!("  result: {:?}", parse_digit('7'));
    println!("  result: {:?}", parse_digit('x'));

    let early = Guard::new("early", 1);
    drop(early);
    println!("  after explicit drop");

    let _a = Guard::new("a", 1);
    let _b = Guard::new("b", 1);
    println!("  end of main body");
}
