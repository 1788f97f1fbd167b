using CloudImages.Ims;

var query = new ListImagesQuery { ImageType = ImageType.Gold, Visibility = Visibility.Public, Protected = true };
Console.WriteLine(query.BuildRequestUri());
