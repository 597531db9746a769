// The cursor still holds &mut position while we read position.
struct Cursor<'a> {
    data: &'a [u8],
    pos: &'a mut usize,
}

impl<'a> Cursor<'a> {
    fn advance(&mut self) {
        if *self.pos < self.data.len() {
            *self.pos += 1;
        }
    }
}

fn main() {
    let bytes = [1u8, 2, 3];
    let mut position = 0;
    let mut c = Cursor { data: &bytes, pos: &mut position };
    c.advance();
    println!("position now {}", position);
    c.advance();
}
