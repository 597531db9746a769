use std::mem;

struct FileHandle {
    path: String,
}

impl FileHandle {
    fn open(path: &str) -> FileHandle {
        println!("open {}", path);
        FileHandle { path: path.to_string() }
    }
}

impl Drop for FileHandle {
    fn drop(&mut self) {
        println!("close {}", self.path);
    }
}

fn consume(h: FileHandle) {
    println!("consuming {}", h.path);
}

fn main() {
    let log = FileHandle::open("app.log");
    let data = FileHandle::open("data.csv");
    let tmp = FileHandle::open("tmp.bin");

    mem::drop(data);
    println!("data closed early");

    consume(tmp);
    println!("after consume");

    let mut current = FileHandle::open("first.txt");
    println!("current is {}", current.path);
    current = FileHandle::open("second.txt");
    println!("current is {}", current.path);
    println!("log is {}", log.path);
}
