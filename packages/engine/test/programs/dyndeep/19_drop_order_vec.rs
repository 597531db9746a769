// Drop order of boxed trait objects inside a Vec.
trait Resource {
    fn name(&self) -> &str;
}

struct File { path: String }
struct Socket { port: u16 }

impl Resource for File {
    fn name(&self) -> &str { &self.path }
}
impl Resource for Socket {
    fn name(&self) -> &str { "socket" }
}

impl Drop for File {
    fn drop(&mut self) { println!("close file {}", self.path); }
}
impl Drop for Socket {
    fn drop(&mut self) { println!("close socket {}", self.port); }
}

fn main() {
    let mut open: Vec<Box<dyn Resource>> = Vec::new();
    open.push(Box::new(File { path: String::from("a.txt") }));
    open.push(Box::new(Socket { port: 8080 }));
    open.push(Box::new(File { path: String::from("b.txt") }));
    for r in &open {
        println!("open: {}", r.name());
    }
    let last = open.pop();
    println!("popped, dropping it now");
    drop(last);
    println!("end of main");
}
