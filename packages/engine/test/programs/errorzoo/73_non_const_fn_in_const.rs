// Quiz: a const initialiser can only call const fns.
fn buffer_size(kb: usize) -> usize {
    kb * 1024
}

const BUFFER: usize = buffer_size(4);

fn main() {
    let buf = vec![0u8; BUFFER];
    println!("buffer holds {} bytes", buf.len());
}
