struct D(char);

impl Drop for D {
    fn drop(&mut self) {
        print!("{} ", self.0);
    }
}

fn main() {
    {
        let _t = (D('x'), D('y'), D('z'));
        let _a = [D('1'), D('2'), D('3')];
    }
    println!();
    {
        let (_p, _q) = (D('p'), D('q'));
    }
    println!();
}
