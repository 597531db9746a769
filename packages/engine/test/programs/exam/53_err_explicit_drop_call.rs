struct TempFile {
    path: String,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing {}", self.path);
    }
}

fn main() {
    let mut f = TempFile { path: String::from("scratch-1.txt") };
    println!("using {}", f.path);
    f.drop();
    println!("done");
}
