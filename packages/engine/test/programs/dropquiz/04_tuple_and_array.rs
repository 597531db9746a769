// Tuples and arrays drop their elements in order, left to right.
struct Tag(char);

impl Drop for Tag {
    fn drop(&mut self) {
        print!("{} ", self.0);
    }
}

fn main() {
    {
        let pair = (Tag('a'), Tag('b'));
        let _ = &pair;
        println!("tuple scope ends:");
    }
    println!();
    {
        let row = [Tag('x'), Tag('y'), Tag('z')];
        println!("array of {} ends:", row.len());
    }
    println!();
    {
        let nested = (Tag('1'), [Tag('2'), Tag('3')], Tag('4'));
        println!("nested {} ends:", nested.0 .0);
    }
    println!();
}
