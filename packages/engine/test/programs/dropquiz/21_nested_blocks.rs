// Each block drops its own locals when it ends.
struct Scope(&'static str);

impl Drop for Scope {
    fn drop(&mut self) {
        println!("leave {}", self.0);
    }
}

fn main() {
    let _a = Scope("outer-a");
    {
        let _b = Scope("block1-b");
        {
            let _c = Scope("block2-c");
            println!("deepest point");
        }
        let _d = Scope("block1-d");
        println!("back in block1");
    }
    let _e = Scope("outer-e");
    println!("back in main");
}
