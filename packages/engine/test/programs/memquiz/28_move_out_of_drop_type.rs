struct FileHandle {
    path: String,
}

impl Drop for FileHandle {
    fn drop(&mut self) {
        println!("closing {}", self.path);
    }
}

fn main() {
    let h = FileHandle { path: String::from("log.txt") };
    let p = h.path;
    println!("path = {}", p);
}
