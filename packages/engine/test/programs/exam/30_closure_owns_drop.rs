struct Resource(&'static str);

impl Drop for Resource {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn main() {
    let r = Resource("file");
    let other = Resource("socket");
    let task = move || {
        println!("task uses {}", r.0);
    };
    println!("closure built");
    task();
    task();
    drop(task);
    println!("after dropping closure, {} remains", other.0);
}
