// A cursor that advances over a slice, holding &mut to the position.
struct Cursor<'a> {
    data: &'a [u8],
    pos: &'a mut usize,
}

impl<'a> Cursor<'a> {
    fn next_byte(&mut self) -> Option<u8> {
        if *self.pos < self.data.len() {
            let b = self.data[*self.pos];
            *self.pos += 1;
            Some(b)
        } else {
            None
        }
    }
}

fn main() {
    let bytes = [b'r', b'u', b's', b't'];
    let mut position = 0;
    {
        let mut c = Cursor { data: &bytes, pos: &mut position };
        while let Some(b) = c.next_byte() {
            print!("{} ", b as char);
            if b == b's' {
                break;
            }
        }
        println!();
    }
    println!("stopped at index {}", position);
}
