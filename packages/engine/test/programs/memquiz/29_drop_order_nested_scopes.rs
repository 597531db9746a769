struct Scope(&'static str);

impl Drop for Scope {
    fn drop(&mut self) {
        println!("exit {}", self.0);
    }
}

fn main() {
    let _outer = Scope("outer");
    {
        let _middle = Scope("middle");
        {
            let _inner = Scope("inner");
            println!("deepest point");
        }
        let _late = Scope("late");
        println!("back in middle");
    }
    println!("back in outer");
}
