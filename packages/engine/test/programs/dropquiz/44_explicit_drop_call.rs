// Exercise: a student tries to run the destructor by hand.
struct TempDir {
    path: String,
}

impl Drop for TempDir {
    fn drop(&mut self) {
        println!("removing {}", self.path);
    }
}

fn main() {
    let mut dir = TempDir { path: "build/cache".to_string() };
    println!("working in {}", dir.path);
    dir.drop();
    println!("cleaned up");
}
