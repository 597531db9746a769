// Drop flags: a value moved on only one branch is dropped only if still owned.
struct File(&'static str);

impl Drop for File {
    fn drop(&mut self) {
        println!("close {}", self.0);
    }
}

fn archive(f: File) {
    println!("archiving {}", f.0);
}

fn process(name: &'static str, keep: bool) {
    let f = File(name);
    if !keep {
        archive(f);
    }
    println!("process({}) ends", name);
}

fn main() {
    process("report.txt", true);
    println!("--");
    process("old.txt", false);
}
