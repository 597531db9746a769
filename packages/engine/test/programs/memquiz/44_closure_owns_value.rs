struct Buffer {
    data: Vec<u8>,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("buffer of {} bytes freed", self.data.len());
    }
}

fn main() {
    let buf = Buffer { data: vec![1, 2, 3, 4] };
    let report = move || {
        println!("closure sees {} bytes", buf.data.len());
    };
    report();
    report();
    println!("dropping closure");
    drop(report);
    println!("end of main");
}
