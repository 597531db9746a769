// Inside a nested module, the parent's function is not in scope without `super::`.
fn log(msg: &str) {
    println!("[log] {}", msg);
}

mod jobs {
    pub fn run(name: &str) {
        log(name);
        println!("running {}", name);
    }
}

fn main() {
    jobs::run("backup");
}
