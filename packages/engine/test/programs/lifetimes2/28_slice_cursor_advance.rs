// A reader over a mutable slice: it shrinks the slice as it consumes.
struct Reader<'a> {
    rest: &'a mut [i32],
}

impl<'a> Reader<'a> {
    fn take_and_double(&mut self) -> Option<i32> {
        let slice = std::mem::take(&mut self.rest);
        let (first, tail) = slice.split_first_mut()?;
        *first *= 2;
        let value = *first;
        self.rest = tail;
        Some(value)
    }
}

fn main() {
    let mut data = vec![1, 2, 3, 4];
    {
        let mut r = Reader { rest: &mut data[..] };
        while let Some(v) = r.take_and_double() {
            println!("read {}", v);
            if v >= 6 {
                break;
            }
        }
        println!("left over: {}", r.rest.len());
    }
    println!("data is now {:?}", data);
}
