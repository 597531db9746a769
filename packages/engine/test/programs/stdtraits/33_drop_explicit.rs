struct FileHandle {
    path: String,
}

impl FileHandle {
    fn open(path: &str) -> FileHandle {
        println!("open  {}", path);
        FileHandle { path: path.to_string() }
    }
    fn write(&self, text: &str) {
        println!("write {} <- {:?}", self.path, text);
    }
}

impl Drop for FileHandle {
    fn drop(&mut self) {
        println!("close {}", self.path);
    }
}

fn consume(h: FileHandle) {
    h.write("last words");
    println!("consume returns");
}

fn main() {
    let log = FileHandle::open("app.log");
    let data = FileHandle::open("data.csv");
    log.write("started");

    drop(data); // closed early, before main ends
    log.write("data file closed");

    let tmp = FileHandle::open("tmp.txt");
    consume(tmp);

    let mut current = FileHandle::open("a.txt");
    current.write("one");
    current = FileHandle::open("b.txt"); // old value dropped on assignment
    current.write("two");
    println!("main ends");
}
