struct Editor<'a> {
    buffer: &'a str,
    cursor: usize,
}

impl<'a> Editor<'a> {
    fn current_char(&self) -> Option<char> {
        self.buffer[self.cursor..].chars().next()
    }
}

fn main() {
    let editor;
    {
        let text = String::from("hello, editor");
        editor = Editor { buffer: &text, cursor: 7 };
    }
    println!("{:?}", editor.current_char());
}
